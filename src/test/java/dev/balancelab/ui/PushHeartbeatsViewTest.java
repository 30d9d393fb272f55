package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Lesson 11 (without its scenario; heartbeats every 200 ms, TTL 600 ms): the monitor shows each server's last push
 * heartbeat against the TTL; the hung s2 keeps sending, so it stays UP and its card says how recent its last heartbeat
 * is, until outlier detection ejects it; a killed s4 is DOWN when its TTL runs out.
 */
class PushHeartbeatsViewTest extends LabWindowTest {
    @Override
    Topology topology() {
        try {
            Topology lesson = SampleTopologies.load("11-push-heartbeats.json");
            var check = lesson.balancer().healthCheck().withIntervalMs(200).withTtlMs(600);
            return lesson.withScenario(List.of()).withBalancer(lesson.balancer().withHealthCheck(check));
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMonitorShowsTheLastHeartbeatAgainstTheTtlAndAHangStaysUp(FxRobot robot) throws Exception {
        assertTrue(Fx.text(robot, "#policy").contains("TTL 600 ms"), Fx.text(robot, "#policy"));
        robot.clickOn("#startPause");
        await(() -> Fx.text(robot, "#last-beat-s2").matches("last heartbeat \\d+ ms ago / TTL 600 ms"));
        await(() -> Fx.text(robot, "#server-s2 .card-state").matches("hang — beat \\d+ ms ago"));
        assertEquals("UP", Fx.text(robot, "#health-state-s2"), "push: s2's heartbeat thread keeps sending");
        await(() -> "EJECTED".equals(Fx.text(robot, "#health-state-s2")));

        robot.clickOn("#fail-s4");
        robot.clickOn("#kill-s4");
        await(() -> "DOWN".equals(Fx.text(robot, "#health-state-s4")));
        String detection = Fx.text(robot, "#health-s4 .health-detection");
        assertTrue(detection.contains("TTL after the last heartbeat: 0.4–0.6 s"), detection);
    }
}
