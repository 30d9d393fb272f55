package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 15, the timeline: scrubbing back shows the counters the window showed then, Live returns to the lab as it is,
 * and Step back undoes exactly one explained pick (smooth weighted round robin over s1:5, s2:1, s3:1 picks nginx's
 * a a b a c a a; back one is a a b a c a).
 */
class TimelineTest extends LabWindowTest {
    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        var servers = List.of(
                t.servers().get(0).withWeight(5),
                t.servers().get(1),
                t.servers().get(2));
        return t.withServers(servers).withBalancer(t.balancer().withAlgorithm(AlgorithmKind.WEIGHTED_ROUND_ROBIN));
    }

    @Test
    void scrubbingBackShowsTheEarlierCountersAndLiveReturns(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> slider(robot).getMax() >= 1.0 && !text(robot, "#counters").startsWith("sent 0 "));
        robot.clickOn("#startPause");
        // paused: lab time and counters hold; one sample's counters and lab time, read together between two pulses
        await(() -> stable(robot));
        double[] then = new double[1];
        String earlier = fx(() -> {
            then[0] = slider(robot).getMax();
            return text(robot, "#counters");
        });
        robot.clickOn("#startPause");
        await(() -> slider(robot).getMax() >= then[0] + 1.5);
        robot.clickOn("#startPause");
        await(() -> stable(robot) && !text(robot, "#counters").equals(earlier));
        String live = text(robot, "#counters");

        Fx.run(() -> slider(robot).setValue(then[0]));
        await(() -> text(robot, "#timeline-state").startsWith("Replay at "));
        assertEquals(String.format(java.util.Locale.ROOT, "Replay at %.1f s", then[0]), text(robot, "#timeline-state"));
        assertEquals(earlier, text(robot, "#counters"), "the counters the window showed at that lab time");
        assertTrue(fx(() -> robot.lookup("#timeline-badge").queryAs(Label.class).isVisible()), "the canvas says so");

        robot.clickOn("#timeline-live");
        await(() -> text(robot, "#timeline-state").startsWith("Live · "));
        assertEquals(live, text(robot, "#counters"));
        assertFalse(
                fx(() -> robot.lookup("#timeline-badge").queryAs(Label.class).isVisible()));

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        await(() -> text(robot, "#timeline-state").startsWith("Replay at "));
        robot.type(KeyCode.END);
        await(() -> text(robot, "#timeline-state").startsWith("Live · "));
    }

    @Test
    void stepBackUndoesExactlyOnePickAndStepReturnsToTheLiveLab(FxRobot robot) throws Exception {
        robot.clickOn("Why?");
        for (int i = 1; i <= 7; i++) {
            String before = headings(robot).toString();
            robot.clickOn("#stepButton");
            await(() -> !headings(robot).toString().equals(before));
        }
        // a a b a c a a, newest first, the four kept cards
        assertEquals(List.of("→ s1", "→ s1", "→ s3", "→ s1"), chosen(robot));
        List<String> seven = headings(robot);

        robot.type(KeyCode.LEFT);
        await(() -> text(robot, "#timeline-state").startsWith("Replay at pick "));
        // a a b a c a: the seventh pick is undone, the sixth is the newest
        assertEquals(List.of("→ s1", "→ s3", "→ s1", "→ s2"), chosen(robot));
        assertEquals(seven.subList(1, 4), headings(robot).subList(0, 3));
        assertTrue(text(robot, "#timeline-state").startsWith("Replay at pick 6 · "), text(robot, "#timeline-state"));

        robot.clickOn("#stepBackButton");
        await(() -> text(robot, "#timeline-state").startsWith("Replay at pick 5 · "));
        assertEquals(List.of("→ s3", "→ s1", "→ s2", "→ s1"), chosen(robot));

        robot.type(KeyCode.RIGHT);
        await(() -> text(robot, "#timeline-state").startsWith("Replay at pick 6 · "));
        robot.type(KeyCode.RIGHT);
        await(() -> text(robot, "#timeline-state").startsWith("Live · "));
        assertEquals(seven, headings(robot), "the live lab, frozen at the seventh pick");
        assertNotEquals(List.of(), seven);
    }

    /** Whether the counters and the timeline's end stay the same over 400 ms. */
    private static boolean stable(FxRobot robot) throws Exception {
        String before = text(robot, "#counters") + text(robot, "#timeline-state");
        Thread.sleep(400);
        return before.equals(text(robot, "#counters") + text(robot, "#timeline-state"));
    }

    private static Slider slider(FxRobot robot) {
        return robot.lookup("#timeline-slider").queryAs(Slider.class);
    }

    /** The chosen-server line of every card, newest first. */
    private static List<String> chosen(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-chosen").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }

    private static List<String> headings(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-heading").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }
}
