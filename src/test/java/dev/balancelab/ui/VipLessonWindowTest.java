package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Lesson 40 in the window (issue 14), with a 100 ms advert interval and lb1 killed at 1 s: a lab of two balancers and
 * a VIP opens, runs, and goes on serving through lb2 once it holds the VIP (0.36 s after lb1's last advert).
 */
class VipLessonWindowTest extends LabWindowTest {
    @Override
    Topology topology() {
        return TierTopologies.lesson40(100)
                .withScenario(List.of(new ScenarioEvent(1000, ScenarioEventType.KILL, ServerId.of("lb1"))));
    }

    @Test
    void theLabServesThroughTheBackupAfterTheMasterDies(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> completed(robot) > 10);
        await(() -> labSeconds(robot) > 2);
        long afterFailover = completed(robot);
        await(() -> completed(robot) > afterFailover + 10);
        assertTrue(completed(robot) > afterFailover, "lb2 serves once it holds the VIP");
    }

    /** The canvas's "completed N" lines of all servers. */
    private static long completed(FxRobot robot) throws Exception {
        return fx(() -> {
            long sum = 0;
            for (Node n : robot.lookup(".card-detail").queryAll()) {
                String text = ((Label) n).getText();
                if (text.startsWith("completed ")) {
                    sum += Long.parseLong(text.substring("completed ".length()).replace(",", ""));
                }
            }
            return sum;
        });
    }

    private static double labSeconds(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".scenario-now")
                .tryQuery()
                .map(n -> Double.parseDouble(
                        ((Label) n).getText().replace(" s", "").replace(",", "")))
                .orElse(0.0));
    }
}
