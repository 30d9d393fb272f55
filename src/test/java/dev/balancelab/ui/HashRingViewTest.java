package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.app.BalanceLabApp;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Topology;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hash-ring tab on the fallback lab under consistent hashing (four servers, heartbeats every 200 ms): killing s2
 * moves about a quarter of the sampled keys, hash mod N would move most of them, and reviving s2 moves the same keys
 * back.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledForJreRange(min = JRE.JAVA_21, disabledReason = "openjfx-monocle 21.0.2 is built for Java 21")
class HashRingViewTest {
    private static final Pattern MOVED =
            Pattern.compile("moved (\\d+) of (\\d+) keys \\([\\d.]+ %\\) — ideal 1/4 = 25\\.0 %");
    private static final int SERVERS = 4;

    private BalanceLabApp app;

    @Start
    void start(Stage stage) {
        Topology t = FallbackTopology.create(new HealthCheckSpec(200, 100, 3, 2));
        app = new BalanceLabApp(t.withBalancer(t.balancer().withAlgorithm("consistent-hash")));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(app::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void killingOneOfFourServersMovesAboutAQuarterOfTheKeysAndRevivingMovesThemBack(FxRobot robot) throws Exception {
        robot.clickOn("Hash ring");
        robot.clickOn("#startPause");
        assertTrue(text(robot, "#ringMoved").startsWith("kill a server"), text(robot, "#ringMoved"));

        robot.clickOn("#server-s2");
        robot.clickOn("Kill s2");
        await(() -> MOVED.matcher(text(robot, "#ringMoved")).matches());
        double killed = fraction(text(robot, "#ringMoved"));
        assertTrue(killed > 0 && killed < 2.0 / SERVERS, "consistent hashing moves about 1/N: " + killed);

        robot.clickOn("#ringModN");
        double modN = fraction(text(robot, "#ringModNMoved"));
        assertTrue(modN > 0.5, "hash mod N moves most keys: " + modN);
        robot.clickOn("#ringModN");

        robot.clickOn("#server-s2");
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
