package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Help → Keyboard shortcuts is a two-column grid whose labels all show in full. */
class ShortcutsDialogTest extends LabWindowTest {
    @Test
    void shortcutsAreAGridOfKeysAndActionsNothingCut(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("Keyboard shortcuts");
        await(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        GridPane grid = robot.lookup("#shortcuts").queryAs(GridPane.class);
        List<Label> labels =
                fx(() -> grid.getChildren().stream().map(Label.class::cast).toList());
        assertTrue(labels.size() > 20, "key and action on every row");
        assertEquals(
                List.of(0, 1),
                fx(() -> labels.subList(0, 2).stream()
                        .map(GridPane::getColumnIndex)
                        .toList()));
        for (Label label : labels) {
            assertTrue(
                    fx(() -> label.getWidth() >= label.prefWidth(-1) - 0.5
                            && label.getHeight() <= 2 * label.getFont().getSize() + 4),
                    () -> "cut or wrapped: " + label.getText());
        }
        Fx.run(() -> grid.getScene().getWindow().hide());
    }
}
