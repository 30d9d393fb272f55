package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.hashring.RingCanvas;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The hash-ring tab on the fallback lab under consistent hashing (four servers, heartbeats every 200 ms): killing s2
 * moves about a quarter of the sampled keys, hash mod N would move most of them, and reviving s2 moves the same keys
 * back.
 */
class HashRingViewTest extends LabWindowTest {
    private static final Pattern MOVED =
            Pattern.compile("moved (\\d+) of (\\d+) keys \\([\\d.]+ %\\) — ideal 1/4 = 25\\.0 %");
    private static final int SERVERS = 4;

    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        return t.withBalancer(t.balancer().withAlgorithm(AlgorithmKind.CONSISTENT_HASH));
    }

    @Test
    void killingOneOfFourServersMovesAboutAQuarterOfTheKeysAndRevivingMovesThemBack(FxRobot robot) throws Exception {
        robot.clickOn("Hash ring");
        robot.clickOn("#startPause");
        assertTrue(text(robot, "#ringMoved").startsWith("kill a server"), text(robot, "#ringMoved"));

        robot.clickOn("#fail-s2");
        robot.clickOn("Kill s2");
        await(() -> MOVED.matcher(text(robot, "#ringMoved")).matches());
        double killed = fraction(text(robot, "#ringMoved"));
        Matcher keys = MOVED.matcher(text(robot, "#ringMoved"));
        assertTrue(keys.matches());
        assertEquals("100", keys.group(2), "the keys the clients send (100 users each), not a sample of its own");
        assertTrue(text(robot, "#ringTitle").endsWith("100 keys the clients send, user-0 … user-99"));
        assertTrue(killed > 0 && killed < 2.0 / SERVERS, "consistent hashing moves about 1/N: " + killed);

        robot.clickOn("#ringModN");
        double modN = fraction(text(robot, "#ringModNMoved"));
        double[] ring = fx(() -> {
            RingCanvas canvas = robot.lookup("#ring").queryAs(RingCanvas.class);
            return new double[] {canvas.getWidth(), canvas.getHeight()};
        });
        assertTrue(
                ring[0] >= 260 && ring[1] >= 280,
                "the mod-N line does not shrink the ring: " + ring[0] + "×" + ring[1]);
        assertTrue(modN > 0.5, "hash mod N moves most keys: " + modN);
        robot.clickOn("#ringModN");

        robot.clickOn("#fail-s2");
        robot.clickOn("Revive s2");
        await(() -> !text(robot, "#ringMovedBack").isEmpty());
        assertEquals(killed, fraction(text(robot, "#ringMoved")), "the same keys move back");
    }

    /** X / K of a "moved X of K keys …" label. */
    private static double fraction(String label) {
        Matcher m = MOVED.matcher(label);
        assertTrue(m.matches(), label);
        return Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
    }
}
