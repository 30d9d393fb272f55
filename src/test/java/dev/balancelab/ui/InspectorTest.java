package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.Highlight;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The "Why?" tab on smooth weighted round robin over s1:5, s2:1, s3:1: three steps pick s1, s1, s2 (nginx's order
 * a a b a c a a) and each card shows the current weights before and after.
 */
class InspectorTest extends LabWindowTest {
    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        var servers = List.of(
                t.servers().get(0).withWeight(5),
                t.servers().get(1),
                t.servers().get(2));
        return new Topology(
                t.title(),
                t.description(),
                t.clients(),
                t.balancer().withAlgorithm(AlgorithmKind.WEIGHTED_ROUND_ROBIN),
                servers,
                List.of());
    }

    @Test
    void stepsExplainSmoothWeightedRoundRobinInNginxOrder(FxRobot robot) throws Exception {
        robot.clickOn("Why?");
        robot.clickOn("#stepButton");
        await(() -> chosen(robot).size() == 1);
        robot.clickOn("#stepButton");
        await(() -> chosen(robot).size() == 2);
        robot.type(KeyCode.RIGHT);
        await(() -> chosen(robot).size() == 3);

        assertEquals(List.of("→ s2", "→ s1", "→ s1"), chosen(robot), "newest first");
        String newest = fx(() ->
                        robot.lookup(".decision-card").nth(0).queryAs(Parent.class).getChildrenUnmodifiable().stream()
                                .map(n -> ((Labeled) n).getText())
                                .toList())
                .toString();
        assertTrue(newest.contains("current before: s1=-4 s2=2 s3=2"), newest);
        assertTrue(newest.contains("after adding: s1=1 s2=3 s3=3 -> s2"), newest);
        assertTrue(newest.contains("after subtracting 7: s1=1 s2=-4 s3=3"), newest);
        assertTrue(
                fx(() -> robot.lookup("#server-s2")
                        .query()
                        .getPseudoClassStates()
                        .contains(Highlight.CHOSEN)),
                "the topology canvas marks the chosen server");
    }

    /** The chosen-server line of every card, newest first. */
    private static List<String> chosen(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-chosen").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }
}
