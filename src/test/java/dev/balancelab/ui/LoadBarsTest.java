package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.ServerPalette;
import dev.balancelab.ui.topology.DotLayer;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The in-flight bar of a server cell is filled on the dot canvas, over the cell's faint track, in the server's colour
 * (issue 10: a new in-flight count no longer re-renders the cached picture of all cards). 100 servers are drawn as
 * dense cells, each with one worker, no queue and 2 s of service; 200 requests/s keep every one of them busy (in flight
 * 1 of 1: the whole bar).
 */
class LoadBarsTest extends LabWindowTest {
    @Override
    Topology topology() {
        Topology t = FallbackTopology.stacked(100, 20);
        return t.withClients(t.clients().stream().map(c -> c.withRate(10)).toList())
                .withServers(t.servers().stream()
                        .map(s -> s.withServiceTime(ServiceTime.fixed(2_000))
                                .withWorkers(1)
                                .withQueueCapacity(0))
                        .toList());
    }

    @Test
    void theBarOfABusyCellIsFilledInTheServersColourAndAnIdleOneIsNot(FxRobot robot) throws Exception {
        DotLayer dots = fx(() -> robot.lookup(n -> n instanceof DotLayer).queryAs(DotLayer.class));
        Region track = fx(() -> robot.lookup("#server-s1 .in-flight-bar").queryAs(Region.class));
        assertTrue(fx(track::isVisible), "a cell shows its bar's track");
        assertEquals(0, fx(() -> colourAtMiddle(dots, track)).getOpacity(), 0.01, "paused: nothing in flight");

        robot.clickOn("#startPause");
        Color colour = ServerPalette.of(0);
        await(() -> close(fx(() -> colourAtMiddle(dots, track)), colour));
    }

    /** The dot canvas's colour at the middle of the track (no dot passes there: they end at the cell's left edge). */
    private static Color colourAtMiddle(DotLayer dots, Region track) {
        Point2D at = dots.sceneToLocal(track.localToScene(track.getWidth() / 2, track.getHeight() / 2));
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage image = dots.snapshot(transparent, null);
        return image.getPixelReader().getColor((int) at.getX(), (int) at.getY());
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.05
                && Math.abs(a.getGreen() - b.getGreen()) < 0.05
                && Math.abs(a.getBlue() - b.getBlue()) < 0.05
                && a.getOpacity() > 0.95;
    }
}
