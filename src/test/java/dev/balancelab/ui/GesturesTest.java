package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.balancelab.ui.common.NodeRef;
import javafx.scene.control.ContextMenu;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Selecting a server card and opening its failure menu are distinct gestures. */
class GesturesTest extends LabWindowTest {
    @Test
    void clickSelectsWithoutTheFailureMenuAndTheLightningButtonOpensIt(FxRobot robot) throws Exception {
        robot.clickOn("#server-s2");
        await(() -> NodeRef.server("s2")
                .equals(fx(() -> app.lab().selectionProperty().get())));
        assertFalse(fx(GesturesTest::menuShowing), "a click only selects");

        robot.clickOn("#fail-s2");
        await(() -> fx(GesturesTest::menuShowing));
        robot.clickOn("#hang-s2");
        await(() -> !fx(GesturesTest::menuShowing));
        await(() -> Fx.text(robot, "#server-s2 .card-state").contains("hang"));
    }

    private static boolean menuShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing());
    }
}
