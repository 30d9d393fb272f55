package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Issue 15: a challenge shows its goal; Check grades the lab as edited, failing as shipped and passing once fixed. */
class ChallengeWindowTest extends LabWindowTest {
    private static final String LESSON = "21-challenge-weights-for-unequal-servers.json";

    @Override
    Topology topology() {
        return Samples.load(LESSON);
    }

    @Test
    void checkFailsWithTheShippedWeightsAndPassesWithFourTwoOne(FxRobot robot) throws Exception {
        assertEquals(
                "Challenge: Keep failed = 0 and p99 ≤ 600 ms over 30 s at 100 requests/s. You may change: server"
                        + " weights.",
                text(robot, "#challenge-goal"));
        assertEquals("", text(robot, "#challenge-result"));

        robot.clickOn("#challenge-check");
        await(() -> text(robot, "#challenge-result").startsWith("×"));
        String failed = text(robot, "#challenge-result");
        assertTrue(failed.startsWith("× Not yet    × failed "), failed);
        assertTrue(failed.contains("(at most 600)"), failed);

        Fx.run(() -> {
            Topology t = app.lab().topology();
            List<ServerSpec> servers = List.of(
                    t.servers().get(0).withWeight(4),
                    t.servers().get(1).withWeight(2),
                    t.servers().get(2));
            app.lab().edit(t.withServers(servers));
        });
        robot.clickOn("#challenge-check");
        await(() -> text(robot, "#challenge-result").startsWith("✓"));
        String passed = text(robot, "#challenge-result");
        assertTrue(passed.startsWith("✓ Passed    ✓ failed 0 (at most 0)    ✓ p99 "), passed);
    }

    @Test
    void checkRefusesALabChangedOutsideTheKnobsAndNamesTheField(FxRobot robot) throws Exception {
        Fx.run(() -> {
            Topology t = app.lab().topology();
            List<ServerSpec> servers = List.of(
                    t.servers().get(0), t.servers().get(1), t.servers().get(2).withWorkers(16));
            app.lab().edit(t.withServers(servers));
        });
        robot.clickOn("#challenge-check");
        await(() -> text(robot, "#challenge-result").startsWith("×"));
        assertEquals(
                "× Not allowed: servers[2].workers changed from 2 to 16. This challenge lets you change only: server"
                        + " weights.",
                text(robot, "#challenge-result"));
    }
}
