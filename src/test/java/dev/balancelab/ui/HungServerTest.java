package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
