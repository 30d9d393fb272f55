package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.List;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The Health and Why? tabs on lesson 40 (issue 14's VIP pair): lb1 dies at 0.5 s and s3 at 1 s; each balancer runs its
 * own health checker, so after lb2 is chosen the monitor shows lb2's view (s3 DOWN, noticed by lb2) while dead lb1
 * still thinks s3 UP; and the picks that Why? explains once lb2 holds the VIP name lb2. Adverts every 100 ms and
 * heartbeats every 200 ms keep it short.
 */
class BalancerPanelsTest extends LabWindowTest {
    @Override
    Topology topology() {
        Topology lesson = TierTopologies.lesson40(100);
        List<BalancerInstance> fastChecks = lesson.balancers().stream()
                .map(b -> b.withSpec(b.spec().withHealthCheck(FAST_HEALTH)))
                .toList();
        return lesson.withBalancer(lesson.balancer().withHealthCheck(FAST_HEALTH))
                .withFront(lesson.front().withBalancers(fastChecks))
                .withScenario(List.of(
                        new ScenarioEvent(500, ScenarioEventType.KILL, ServerId.of("lb1")),
                        new ScenarioEvent(1000, ScenarioEventType.KILL, ServerId.of("s3"))));
    }

    @Test
    void choosingLb2ShowsItsHealthCheckersRows(FxRobot robot) throws Exception {
        assertTrue(Fx.text(robot, "#policy").startsWith("lb1: heartbeat every 200 ms"), "lb1's at first");
        robot.clickOn("#startPause");
        robot.clickOn("#health-balancer-lb2");
        assertTrue(Fx.text(robot, "#policy").startsWith("lb2: heartbeat every 200 ms"));
        await(() -> "DOWN".equals(Fx.text(robot, "#health-state-s3")));
        await(() -> detection(robot).contains("→ DOWN after"));
        assertTrue(detection(robot).startsWith("lb2: killed at "), detection(robot));

        robot.clickOn("#health-balancer-lb1");
        assertEquals("UP", Fx.text(robot, "#health-state-s3"), "lb1 died before s3: its checker never noticed");
        assertFalse(detection(robot).contains("DOWN"), detection(robot));
    }

    @Test
    void whyNamesLb2sPicksOnceItHoldsTheVip(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> Fx.text(robot, "#balancer-state-lb2").startsWith("MASTER"));
        robot.clickOn(Fx.tab(robot, "Why?"));
        robot.clickOn("#stepButton");
        await(() -> !headings(robot).isEmpty());
        robot.clickOn("#stepButton");
        await(() -> headings(robot).size() == 2);
        assertTrue(
                headings(robot).stream().allMatch(h -> h.startsWith("Balancer lb2 · Request #")), "" + headings(robot));
    }

    /** The detection sentence of s3's row. */
    private static String detection(FxRobot robot) throws Exception {
        return fx(() -> ((Labeled)
                        robot.lookup("#health-s3").lookup(".health-detection").query())
                .getText());
    }

    /** The heading of every Why? card, newest first. */
    private static List<String> headings(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-heading").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }
}
