package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * "Why?" in a lab of two balancers behind a VIP (issue 14): every explained pick names the balancer that made it
 * ("Balancer lb1 · Request #…"), live and in a replay of a step (step back), where it used to lose the name.
 */
class ReplayWhyTest extends LabWindowTest {
    @Override
    Topology topology() {
        return TierTopologies.vipPair(FAST_HEALTH, 100);
    }

    @Test
    void aReplayedPickNamesItsBalancerAsTheLiveOneDoes(FxRobot robot) throws Exception {
        robot.clickOn(I18n.t("tab.why"));
        for (int step = 0; step < 2; step++) {
            robot.clickOn("#stepButton");
            int picks = step + 1;
            await(() -> headings(robot).size() >= picks);
        }
        String byLb1 = I18n.t("inspector.byBalancer", "lb1", "");
        List<String> live = headings(robot);
        assertEquals(List.of(), live.stream().filter(h -> !h.startsWith(byLb1)).toList(), "live");

        robot.type(KeyCode.LEFT);
        String replayAtPick = I18n.t("timeline.state.pick", "#", "").split("#")[0]; // "Replay at pick "
        await(() -> text(robot, "#timeline-state").startsWith(replayAtPick));
        await(() -> !headings(robot).isEmpty());
        List<String> replayed = headings(robot);
        assertFalse(replayed.isEmpty());
        assertEquals(
                List.of(), replayed.stream().filter(h -> !h.startsWith(byLb1)).toList(), "replayed");
    }

    private static List<String> headings(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-heading").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }
}
