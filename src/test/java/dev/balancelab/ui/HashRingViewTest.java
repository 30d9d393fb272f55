package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
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
        assertTrue(killed > 0 && killed < 2.0 / SERVERS, "consistent hashing moves about 1/N: " + killed);

        robot.clickOn("#ringModN");
        double modN = fraction(text(robot, "#ringModNMoved"));
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
