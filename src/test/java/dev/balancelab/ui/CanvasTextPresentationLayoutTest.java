package dev.balancelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.balancelab.ui.hashring.RingCanvas;
import dev.balancelab.ui.health.HeartbeatTimeline;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Text drawn on the side panels' canvases (the heartbeat timelines' axis and marks, the hash ring's caption) follows
 * presentation mode like every label: at least 16 px on a 1280 × 720 screen and 24 px on 1920 × 1080 (issue 10), and
 * back to its own size (12 px, the caption 18 px) when presentation mode ends. The pom runs it on both screens.
 */
class CanvasTextPresentationLayoutTest extends LabWindowTest {
    @Test
    void canvasTextIsAtLeastTheSmallestTextOfPresentationMode(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Hash ring"));
        robot.clickOn(Fx.tab(robot, "Health"));
        Fx.await(() -> timelines(robot).stream().allMatch(t -> t.textPx() == 12));
        assertEquals(60, Fx.fx(() -> timelines(robot).get(0).getHeight()), 0.5, "the timeline's height as before");
        assertEquals(18, Fx.fx(() -> ring(robot).captionPx()));

        robot.press(KeyCode.F5).release(KeyCode.F5);
        double px = PresentationLayoutTest.smallestTextPx(
                Screen.getPrimary().getBounds().getHeight());
        Fx.await(() ->
                stage.isFullScreen() && timelines(robot).stream().allMatch(t -> onScreen(t, t.textPx()) >= px - 0.05));
        assertFalse(timelines(robot).isEmpty());
        Fx.await(() -> onScreen(ring(robot), ring(robot).captionPx()) >= px - 0.05);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.await(() -> !stage.isFullScreen() && timelines(robot).stream().allMatch(t -> t.textPx() == 12));
        Fx.await(() -> ring(robot).captionPx() == 18);
    }

    private static List<HeartbeatTimeline> timelines(FxRobot robot) throws Exception {
        return Fx.fx(() -> robot.lookup(".beat-timeline").queryAllAs(HeartbeatTimeline.class).stream()
                .filter(Node::isVisible)
                .toList());
    }

    /** The ring canvas of the Hash ring tab (built when the tab was first shown). */
    private static RingCanvas ring(FxRobot robot) throws Exception {
        return Fx.fx(() -> robot.lookup(n -> n instanceof RingCanvas).queryAs(RingCanvas.class));
    }

    /** {@code px} of {@code node} on the screen: times its scale to the scene; on the FX thread. */
    private static double onScreen(Node node, double px) {
        Point2D origin = node.localToScene(0, 0);
        return px * node.localToScene(0, 1).distance(origin);
    }
}
