package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A server card in a lab of two balancers behind a VIP (issue 14): once the MASTER lb1 is dead, the card's state line
 * follows lb2, which holds the VIP and still checks the servers, not lb1's health checker, which stopped when it died.
 * lb1 dies at 0.5 s, s2 at 1.5 s; lb2 (heartbeats every 200 ms, fall 3) says DOWN about 0.6 s later.
 */
class ServerCardViewpointTest extends LabWindowTest {
    @Override
    Topology topology() {
        return TierTopologies.vipPair(FAST_HEALTH, 100)
                .withScenario(List.of(
                        new ScenarioEvent(500, ScenarioEventType.KILL, ServerId.of("lb1")),
                        new ScenarioEvent(1500, ScenarioEventType.KILL, ServerId.of("s2"))));
    }

    @Test
    void theCardFollowsTheLiveVipHolderNotTheDeadFirstBalancer(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> state(robot, "s2").startsWith("DOWN"));
        assertEquals("DOWN · killed", state(robot, "s2"));
        assertEquals("UP · weight 1", state(robot, "s1").replaceAll("weight \\d+", "weight 1"));
    }

    @Test
    void theHealthTabMovesToTheLiveVipHolderUnlessOneWasChosenByHand(FxRobot robot) throws Exception {
        assertTrue(selected(robot, "lb1"));
        robot.clickOn("#startPause");
        await(() -> selected(robot, "lb2"));
        assertFalse(selected(robot, "lb1"));

        robot.clickOn("#health-balancer-lb1");
        await(() -> selected(robot, "lb1"));
        Thread.sleep(600); // three 5 Hz samples: a choice made by hand stays
        assertTrue(selected(robot, "lb1"));
    }

    private static boolean selected(FxRobot robot, String balancer) throws Exception {
        return fx(() -> robot.lookup("#health-balancer-" + balancer)
                .queryAs(ToggleButton.class)
                .isSelected());
    }

    private static String state(FxRobot robot, String server) throws Exception {
        return fx(() -> robot.lookup("#server-" + server + " .card-state")
                .queryAs(Labeled.class)
                .getText());
    }
}
