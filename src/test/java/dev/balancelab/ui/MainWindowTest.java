package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.io.SampleTopologies;
import dev.balancelab.ui.shell.MainWindowViewModel;
import dev.balancelab.ui.topology.DotLayer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Drives the real window on the fallback lab (speed 1, heartbeats every 200 ms): start, kill s2, revive s2. */
class MainWindowTest extends LabWindowTest {
    private static final Pattern FIGURE = Pattern.compile("([a-z][a-z ]*?) ([\\d,]+)");

    @Test
    void startsTrafficDrawsDotsAndDetectsAKilledServer(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> counters(robot).get("sent") > 0);
        await(() -> fx(() -> robot.lookup("#dots").queryAs(DotLayer.class).drawnDots()) > 0);
        assertFalse(
                fx(() -> robot.lookup("#pulses").query().isVisible()),
                "no VRRP advert or DNS answer under way: the empty pulse layer is not rendered under the dots");

        robot.clickOn("#fail-s2");
        robot.clickOn("Kill s2");
        await(() -> "DOWN".equals(state(robot, "s2")));
        assertTrue(fx(() -> robot.lookup("#health-s2 .health-detection")
                        .queryAs(Label.class)
                        .getText())
                .matches("killed at [\\d.]+ s → DOWN after [\\d.]+ s\n≈ fall × interval = 3 × 0.2 s = 0.6 s"));

        robot.clickOn("#fail-s2");
        robot.clickOn("Revive s2");
        await(() -> "UP".equals(state(robot, "s2")));

        Map<String, Long> c = counters(robot);
        assertEquals(c.get("sent"), c.get("completed") + c.get("failed") + c.get("in flight"), c.toString());
        assertTrue(fx(() -> robot.lookup("#invariant").queryAs(Label.class).getText())
                .startsWith("✓"));
    }

    @Test
    void samplesMenuReplacesTheRunningLab(FxRobot robot) throws Exception {
        String sample = SampleTopologies.names().get(2);
        String title = SampleTopologies.load(sample).title();

        String label = MainWindowViewModel.sampleLabel(sample);
        String loading = fx(() -> {
            sampleItem(robot.lookup(".menu-bar").queryAs(MenuBar.class), label).fire();
            return robot.lookup("#loading .label").queryAs(Label.class).getText();
        });
        assertEquals("Loading the lab …", loading, "progress shows at once, before the lab is built");
        await(() -> title.equals(
                fx(() -> robot.lookup("#lessonTitle").queryAs(Label.class).getText())));
        assertTrue(fx(() -> robot.lookup("#loading").tryQuery().isEmpty()), "and goes with the old lab");
        List<Boolean> built = fx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .map(t -> t.getContent() != null)
                .toList());
        assertEquals(List.of(true, false, true, false, false), built, "side views are built when first shown");
        assertEquals(
                "Balance Lab — " + title, fx(() -> ((Stage) robot.listWindows().get(0)).getTitle()));

        robot.clickOn("#startPause");
        await(() -> counters(robot).get("sent") > 0);
    }

    /** The Samples submenu's item called {@code label} (the menu's popup is not needed to fire it). */
    private static MenuItem sampleItem(MenuBar bar, String label) {
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(Menu.class::isInstance)
                .flatMap(m -> ((Menu) m).getItems().stream())
                .filter(item -> label.equals(item.getText()))
                .findFirst()
                .orElseThrow();
    }

    private static String state(FxRobot robot, String server) throws Exception {
        return fx(() ->
                robot.lookup("#health-state-" + server).queryAs(Label.class).getText());
    }

    /** The status bar's figures by name: sent, completed, failed, in flight, retries. */
    static Map<String, Long> counters(FxRobot robot) throws Exception {
        String text = fx(() -> robot.lookup("#counters").queryAs(Label.class).getText());
        Map<String, Long> figures = new HashMap<>();
        Matcher m = FIGURE.matcher(text == null ? "" : text);
        while (m.find()) {
            figures.put(m.group(1).trim(), Long.parseLong(m.group(2).replace(",", "")));
        }
        figures.putIfAbsent("sent", 0L);
        return figures;
    }
}
