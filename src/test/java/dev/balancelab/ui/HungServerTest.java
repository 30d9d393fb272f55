package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.ui.shell.MainWindowViewModel;
import javafx.scene.control.ChoiceBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A hung server without a per-try timeout: the card counts the heartbeat misses until the health check marks it
 * DOWN, then says that no per-try timeout is set; the heartbeat monitor says why "in flight" stays up and where to
 * set one.
 */
class HungServerTest extends LabWindowTest {
    @Test
    void theCardAndTheMonitorExplainAHangWithoutPerTryTimeout(FxRobot robot) throws Exception {
        // at 0.25× the misses before DOWN (3 × 0.2 s of lab time) last 2.4 s: a loaded machine still sees them
        ChoiceBox<?> speed = robot.lookup("#speed").queryAs(ChoiceBox.class);
        Fx.run(() -> speed.getSelectionModel().select(MainWindowViewModel.SPEEDS.indexOf(0.25)));
        robot.clickOn("#startPause");
        robot.clickOn("#fail-s2");
        robot.clickOn("#hang-s2");
        await(() -> Fx.text(robot, "#server-s2 .card-state").matches("hang — misses [0-3]/3"));

        await(() -> "DOWN".equals(Fx.text(robot, "#health-state-s2")));
        await(() -> "DOWN · hang, no per-try timeout".equals(Fx.text(robot, "#server-s2 .card-state")));
        String detection = Fx.text(robot, "#health-s2 .health-detection");
        assertTrue(detection.contains("No per-try timeout") && detection.contains("Retry: per-try timeout"), detection);
    }
}
