package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.topology.DotLayer;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Above a rate the canvas draws a sample of the requests and its legend says how many one dot stands for (issue 11:
 * 20,000 requests/s through the proxy; {@code DotSampler}). The lab offers 10,000 simulated requests/s to 0 ms servers;
 * the assertion needs only a few hundred of them per second of lab time, whatever the machine manages.
 */
class DotSamplingViewTest extends LabWindowTest {
    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        return t.withClients(t.clients().stream()
                        .map(c -> c.withRate(10_000.0 / t.clients().size()))
                        .toList())
                .withServers(t.servers().stream()
                        .map(s -> s.withServiceTime(ServiceTime.fixed(0))
                                .withWorkers(16)
                                .withQueueCapacity(1_000))
                        .toList());
    }

    @Test
    void theLegendSaysOneDotStandsForSeveralRequests(FxRobot robot) throws Exception {
        assertFalse(fx(() -> legend(robot).isVisible()), "paused: every request is a dot");
        robot.clickOn("#startPause");
        await(() -> fx(() -> legend(robot).isVisible()));
        String text = fx(() -> legend(robot).getText());
        assertTrue(text.matches("1 dot = [1-9][0-9]* requests") && !text.equals("1 dot = 1 requests"), text);
    }

    @Test
    void theCountersCountEveryRequestWhileTheDotsAreASample(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> fx(() -> legend(robot).isVisible()));
        long sentInFull = MainWindowTest.counters(robot).get("sent"); // the first lab second: every request a dot
        await(() -> MainWindowTest.counters(robot).get("sent") > 3 * sentInFull); // about two more lab seconds

        Map<String, Long> c = MainWindowTest.counters(robot);
        assertEquals(c.get("sent"), c.get("completed") + c.get("failed") + c.get("in flight"), c.toString());
        assertTrue(fx(() -> robot.lookup("#invariant").queryAs(Label.class).getText())
                .startsWith("✓"));
        int dots = fx(() -> robot.lookup("#dots").queryAs(DotLayer.class).drawnDots());
        assertTrue(dots < c.get("sent") / 10, dots + " dots for " + c + ": the engine sent events for a sample only");
    }

    private static Label legend(FxRobot robot) {
        return robot.lookup("#requestsPerDot").queryAs(Label.class);
    }
}
