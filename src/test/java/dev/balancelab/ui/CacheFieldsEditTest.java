package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.ui.common.NodeRef;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A lecturer gives a server a cache in the Edit tab: the cache's rows appear, a capacity beyond {@code Limits} is
 * refused in one line and changes nothing, and undo takes the cache away again.
 */
class CacheFieldsEditTest extends LabWindowTest {
    private static final String CAPACITY = "Cache capacity (keys)";

    @Test
    void aCacheIsChosenItsCapacityCheckedAndTheEditUndone(FxRobot robot) throws Exception {
        run(() -> app.lab().selectionProperty().set(NodeRef.server("s1")));
        robot.clickOn(Fx.tab(robot, "Edit"));
        await(() -> names(robot).contains("Cache"));

        ComboBox<?> cache = fx(() -> robot.lookup(".property-sheet .combo-box").queryAllAs(ComboBox.class).stream()
                .filter(box -> box.getItems().size() == 3)
                .findFirst()
                .orElseThrow());
        robot.clickOn(cache);
        robot.clickOn("W-TinyLFU");
        await(() -> fx(() -> s1().cache()) != null);
        assertEquals(new CacheSpec(500, CachePolicy.W_TINYLFU, 5), fx(() -> s1().cache()));
        await(() -> names(robot).contains(CAPACITY));

        // typed and applied as Enter applies it (the row may lie below the fold of a 720-pixel screen)
        TextField capacity = fx(() -> field(robot, names(robot).indexOf(CAPACITY)));
        run(() -> {
            capacity.setText("2000000");
            capacity.fireEvent(new ActionEvent());
        });
        await(() ->
                fx(() -> robot.lookup(".editor-refused").queryAs(Label.class).isVisible()));
        assertEquals(
                "Cache capacity (keys) must be 1..1000000, was 2000000",
                fx(() -> robot.lookup(".editor-refused").queryAs(Label.class).getText()));
        assertEquals(500, fx(() -> s1().cache().capacity()), "the document keeps its value");

        run(() -> app.documents().undo());
        await(() -> fx(() -> s1().cache()) == null);
        await(() -> !names(robot).contains(CAPACITY));
        assertNull(fx(() -> s1().cache()));
        assertTrue(fx(() -> app.lab().topology().servers().stream().allMatch(s -> s.cache() == null)));
    }

    private ServerSpec s1() {
        return app.lab().topology().servers().get(0);
    }

    /** The text field of row {@code row}: the sheet lists one category, its rows in order. */
    private static TextField field(FxRobot robot, int row) throws Exception {
        PropertySheet.Item item = robot.lookup(".property-sheet")
                .queryAs(PropertySheet.class)
                .getItems()
                .get(row);
        List<TextField> fields = robot.lookup(".property-sheet .text-field").queryAllAs(TextField.class).stream()
                .toList();
        return fields.stream()
                .filter(f -> String.valueOf(item.getValue()).equals(f.getText()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> names(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".property-sheet").queryAs(PropertySheet.class).getItems().stream()
                .map(PropertySheet.Item::getName)
                .toList());
    }
}
