package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.TopologyEdits;
import dev.balancelab.ui.topology.DotLayer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Step mode on live traffic (power of two choices, 200 requests/s: about 20 in flight): a step freezes the lab at the balancer's next pick,
 * the banner over the canvas says so, the candidates' in-flight counts are the live ones, the stepped request's dot is
 * on the canvas, the Start button does not flip by itself, and Start runs on.
 */
class StepModeWindowTest extends LabWindowTest {
    private static final Pattern CANDIDATES =
            Pattern.compile("candidates \\S+ \\((\\d+) in flight\\), \\S+ \\((\\d+) in flight\\)");

    @Override
    Topology topology() {
        Topology t = TopologyEdits.withTotalRate(FallbackTopology.create(FAST_HEALTH), 200);
        return t.withBalancer(t.balancer().withAlgorithm(AlgorithmKind.POWER_OF_TWO_CHOICES));
    }

    @Test
    void aStepFreezesLiveTrafficAtThePickExplainsItAndStartRunsOn(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> inFlight(robot) >= 10);
        robot.clickOn("Why?");
        robot.clickOn("#stepButton");
        await(() -> !reasons(robot).isEmpty());
        await(() -> String.valueOf(text(robot, "#stepBanner"))
                .startsWith("Step mode · frozen at the balancer's pick: request #"));
        // the Start button follows the lab's next sample: paused now, and it stays so through further steps
        await(() -> !fx(
                () -> robot.lookup("#startPause").queryAs(ToggleButton.class).isSelected()));

        // the status bar shows the lab's 5 Hz sample: the one taken as the step froze may still be on its way
        String counters = settledCounters(robot);
        Thread.sleep(600);
        assertEquals(counters, text(robot, "#counters"), "every request holds where it is");
        assertTrue(fx(() -> robot.lookup("#dots").queryAs(DotLayer.class).drawnDots()) >= 3, "the dots stay drawn");
        Matcher m = CANDIDATES.matcher(String.join("\n", reasons(robot)));
        assertTrue(m.find(), reasons(robot).toString());
        assertTrue(
                Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) > 0,
                "the candidates' in-flight counts are the live ones: " + m.group());

        String first = heading(robot);
        robot.type(KeyCode.RIGHT);
        await(() -> !heading(robot).equals(first));
        assertFalse(
                fx(() -> robot.lookup("#startPause").queryAs(ToggleButton.class).isSelected()),
                "a step never flips the Start button");

        robot.clickOn("#startPause");
        await(() -> !fx(() -> robot.lookup("#stepBanner").queryAs(Label.class).isVisible()));
        await(() -> !counters.equals(text(robot, "#counters")));
        assertFalse(
                fx(() -> robot.lookup(".step-mode").queryAs(ToggleSwitch.class).isSelected()));
    }

    private static long inFlight(FxRobot robot) throws Exception {
        Matcher m = Pattern.compile("in flight ([\\d,]+)").matcher(text(robot, "#counters"));
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    private static String heading(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-heading").queryAs(Labeled.class).getText());
    }

    /** The reason lines of the newest card. */
    private static List<String> reasons(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-card").queryAllAs(Parent.class).stream()
                .filter(card -> card.getStyleClass().contains("latest"))
                .flatMap(card -> card.getChildrenUnmodifiable().stream())
                .filter(n -> n.getStyleClass().contains("decision-reason"))
                .map(n -> ((Labeled) n).getText())
                .toList());
    }

    /** The counters once two readings 300 ms apart (more than one 5 Hz sample) agree; at most 5 s. */
    private static String settledCounters(FxRobot robot) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String last = text(robot, "#counters");
        while (System.nanoTime() < deadline) {
            Thread.sleep(300);
            String now = text(robot, "#counters");
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the counters never held still: " + last);
    }
}
