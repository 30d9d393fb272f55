package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The scenario bar shows one marker per timed event, in time order, and marks those lab time has reached. */
class ScenarioBarTest extends LabWindowTest {
    private static final ServerId S2 = ServerId.of("s2");
    private static final List<ScenarioEvent> SCENARIO = List.of(
            new ScenarioEvent(4_000, ScenarioEventType.REVIVE, S2),
            new ScenarioEvent(500, ScenarioEventType.KILL, S2),
            new ScenarioEvent(6_000, ScenarioEventType.SET_RATE, null, 60));

    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        return new Topology(t.title(), t.description(), t.clients(), t.balancer(), t.servers(), SCENARIO);
    }

    @Test
    void oneMarkerPerEventAndThePlayheadPassesThem(FxRobot robot) throws Exception {
        assertTrue(fx(() -> robot.lookup("#scenario-bar").query().isVisible()));
        List<Label> markers =
                fx(() -> List.copyOf(robot.lookup(".scenario-marker").queryAllAs(Label.class)));
        assertEquals(
                List.of("0.5 s kill s2", "4 s revive s2", "6 s rate → 60/s"),
                markers.stream().map(Label::getText).toList());

        robot.clickOn("#startPause");
        PseudoClass past = PseudoClass.getPseudoClass("past");
        await(() -> fx(() -> markers.get(0).getPseudoClassStates().contains(past)));
        assertTrue(fx(() -> !markers.get(1).getPseudoClassStates().contains(past)));
    }
}
