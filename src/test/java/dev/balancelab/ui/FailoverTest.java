package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.health.HeartbeatTimeline;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The heartbeat timeline and failure kinds in the real window, on the fallback lab with heartbeats every 200 ms
 * (timeout 100 ms, fall 3, rise 2) and a 1 s per-try timeout: a hang is marked DOWN and measured against
 * fall × interval, and shows as timeouts; a gray failure fails requests while the health check keeps it UP.
 */
class FailoverTest extends LabWindowTest {
    private static final long PER_TRY_TIMEOUT_MS = 1_000;
    /** Several heartbeat intervals: a gray server that failed its heartbeats would be DOWN by then. */
    private static final long GRAY_WATCH_MS = 1_500;

    @Override
    Topology topology() {
        return withPerTryTimeout(FallbackTopology.create(FAST_HEALTH));
    }

    @Test
    void hangIsMarkedDownMeasuredAndTimesOut(FxRobot robot) throws Exception {
        assertFalse(fx(() -> robot.lookup("#scenario-bar").query().isVisible()), "no scenario, no bar");
        robot.clickOn("#startPause");
        await(() -> figure(robot, "#counters", "sent") > 0);
        long timeoutsBefore = figure(robot, "#failover", "timeouts");

        robot.clickOn("#fail-s2");
        robot.clickOn("Hang");
        await(() -> "DOWN".equals(text(robot, "#health-state-s2")));
        String detection = text(robot, "#health-s2 .health-detection");
        assertTrue(detection.startsWith("hang at ") && detection.contains(" → DOWN after "), detection);
        assertTrue(detection.contains("= 3 × 0.2 s"), detection);
        await(() -> "DOWN · hang".equals(text(robot, "#server-s2 .card-state")));
        Set<HealthState> bands = fx(() ->
                robot.lookup("#timeline-s2").queryAs(HeartbeatTimeline.class).drawnStates());
        assertTrue(bands.containsAll(Set.of(HealthState.UP, HealthState.DOWN)), bands::toString);
        await(() -> figure(robot, "#failover", "timeouts") > timeoutsBefore);
    }

    @Test
    void grayFailureFailsRequestsButStaysUp(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> figure(robot, "#counters", "sent") > 0);
        long failedBefore = figure(robot, "#server-s3 .card-detail", "failed");

        robot.clickOn("#fail-s3");
        robot.clickOn("Gray failure");
        await(() -> figure(robot, "#server-s3 .card-detail", "failed") > failedBefore);
        Thread.sleep(GRAY_WATCH_MS);

        assertEquals("UP", text(robot, "#health-state-s3"));
        assertEquals(
                Set.of(HealthState.UP),
                fx(() -> robot.lookup("#timeline-s3")
                        .queryAs(HeartbeatTimeline.class)
                        .drawnStates()));
        assertTrue(text(robot, "#health-s3 .health-detection").startsWith("gray failure at "));
    }

    private static Topology withPerTryTimeout(Topology t) {
        BalancerSpec b = t.balancer();
        RetrySpec retry = new RetrySpec(3, PER_TRY_TIMEOUT_MS, 25, 250, 20, 3);
        return new Topology(
                t.title(),
                t.description(),
                t.clients(),
                new BalancerSpec(b.algorithm(), b.params(), b.healthCheck(), retry, b.outlierDetection()),
                t.servers(),
                t.scenario());
    }

    /** The number after {@code name} in the text of the node matching {@code css}; 0 if absent. */
    private static long figure(FxRobot robot, String css, String name) throws Exception {
        String text = text(robot, css);
        Matcher m = Pattern.compile(Pattern.quote(name) + " ([\\d,]+)").matcher(text == null ? "" : text);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }
}
