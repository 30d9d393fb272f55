package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Position;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** View → Language rebuilds the window in the other language and keeps the document and its history. */
class LanguageSwitchTest extends LabWindowTest {
    @AfterEach
    void english() throws Exception {
        run(() -> I18n.setLocale(Locale.ENGLISH));
    }

    @Test
    void chineseRelabelsTheWindowAndKeepsTheDocument(FxRobot robot) throws Exception {
        run(() -> app.lab().addServer(new Position(500, 500)));
        int servers = fx(() -> app.lab().topology().servers().size());

        choose(robot, "简体中文");

        assertEquals("重置", text(robot, "#reset"));
        assertEquals(
                List.of("健康", "哈希环", "为什么？", "图表", "编辑"),
                fx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                        .map(t -> t.getText())
                        .toList()));
        assertTrue(fx(() -> stage.getTitle()).startsWith("Balance Lab 负载均衡实验室 — "), "title");
        assertTrue(fx(() -> stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("lang-zh.css"))));
        assertEquals(servers, fx(() -> app.lab().topology().servers().size()), "the edited document is kept");
        assertTrue(fx(() -> app.documents().undo()), "and its history");

        choose(robot, "English");

        assertEquals("⟲  Reset", text(robot, "#reset"));
        assertTrue(fx(() -> stage.getScene().getStylesheets().stream().noneMatch(s -> s.endsWith("lang-zh.css"))));
    }

    /** Fires the View → Language item named {@code language} (menus do not render headless). */
    private static void choose(FxRobot robot, String language) throws Exception {
        run(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(LanguageSwitchTest::items)
                .filter(item -> language.equals(item.getText()))
                .findFirst()
                .orElseThrow()
                .fire());
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(item), menu.getItems().stream().flatMap(LanguageSwitchTest::items))
                : Stream.of(item);
    }
}
