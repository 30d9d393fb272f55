package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scenario bar shows one marker per timed event, in time order, marks those lab time has reached, and keeps its
 * texts whole.
 */
class ScenarioBarTest extends LabWindowTest {
    private static final ServerId S2 = ServerId.of("s2");
    private static final List<ScenarioEvent> SCENARIO = List.of(
            new ScenarioEvent(4_000, ScenarioEventType.REVIVE, S2),
            new ScenarioEvent(500, ScenarioEventType.KILL, S2),
            new ScenarioEvent(60_000, ScenarioEventType.SET_RATE, null, 60));

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
                List.of("0.5 s kill s2", "4 s revive s2", "60 s rate → 60/s"),
                markers.stream().map(Label::getText).toList());

        robot.clickOn("#startPause");
        PseudoClass past = PseudoClass.getPseudoClass("past");
        await(() -> fx(() -> markers.get(0).getPseudoClassStates().contains(past)));
        assertTrue(fx(() -> !markers.get(1).getPseudoClassStates().contains(past)));
    }

    /**
     * In a narrow window, with a marker reached (bold) and one near the axis' end: "Scenario" and the clock keep their
     * whole text and every marker's text stays on the track (the last one ends at its tick instead).
     */
    @Test
    void theTitleKeepsItsTextAndNoMarkerRunsOffTheTrack(FxRobot robot) throws Exception {
        double width = fx(() -> stage.getWidth());
        run(() -> stage.setWidth(900));
        try {
            robot.clickOn("#startPause");
            PseudoClass past = PseudoClass.getPseudoClass("past");
            Label first = fx(() -> robot.lookup(".scenario-marker").queryAs(Label.class));
            await(() -> fx(() -> first.getPseudoClassStates().contains(past)));
            robot.clickOn("#startPause"); // paused, the clock's text stands still while it is compared
            WaitForAsyncUtils.waitForFxEvents();

            for (String selector : List.of(".scenario-title", ".scenario-now")) {
                Label label = fx(() -> robot.lookup(selector).queryAs(Label.class));
                // in one FX call: the running clock may tick between two
                List<String> texts = fx(() -> List.of(label.getText(), Fx.shownText(label)));
                assertEquals(texts.get(0), texts.get(1), selector);
            }
            Bounds track = fx(() -> bounds(robot.lookup(".scenario-axis").query()));
            for (Label marker :
                    fx(() -> List.copyOf(robot.lookup(".scenario-marker").queryAllAs(Label.class)))) {
                Bounds b = fx(() -> bounds(marker));
                assertTrue(
                        b.getMinX() >= track.getMinX() - 0.5 && b.getMaxX() <= track.getMaxX() + 0.5,
                        fx(marker::getText) + " at " + b + " leaves the track " + track);
            }
        } finally {
            run(() -> stage.setWidth(width)); // the window remembers its size for the tests after this one
        }
    }

    /**
     * Where the playhead crosses an event's label, the label is drawn over it: its text stays readable (the playhead
     * used to be drawn across "0.5 s kill s2" for 8 s of lab time).
     */
    @Test
    void thePlayheadPassesUnderTheLabels(FxRobot robot) throws Exception {
        Region playhead = fx(() -> robot.lookup(".scenario-playhead").queryAs(Region.class));
        Label first = fx(() -> robot.lookup(".scenario-marker").queryAs(Label.class));
        robot.clickOn("#startPause");
        await(() -> fx(() -> playhead.getBoundsInParent().getCenterX()
                > first.getBoundsInParent().getMinX() + 20));
        robot.clickOn("#startPause");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> crossed = fx(() -> {
            Bounds label = first.getBoundsInParent();
            int x = (int) playhead.getBoundsInParent().getCenterX();
            assertTrue(x < label.getMaxX(), "the playhead at " + x + " is inside the label " + label);
            Color cursor = (Color) playhead.getBackground().getFills().get(0).getFill();
            WritableImage track = playhead.getParent().snapshot(new SnapshotParameters(), null);
            List<String> found = new ArrayList<>();
            for (int y = (int) label.getMinY() + 1; y < label.getMaxY() - 1; y++) {
                Color seen = track.getPixelReader().getColor(x, y);
                if (Math.abs(seen.getRed() - cursor.getRed())
                                + Math.abs(seen.getGreen() - cursor.getGreen())
                                + Math.abs(seen.getBlue() - cursor.getBlue())
                        < 0.05) {
                    found.add("y " + y);
                }
            }
            return found;
        });
        assertEquals(List.of(), crossed, "the playhead's colour over the label \"0.5 s kill s2\"");
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
