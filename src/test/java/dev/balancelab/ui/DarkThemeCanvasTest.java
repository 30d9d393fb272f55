package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.ui.hashring.RingCanvas;
import dev.balancelab.ui.health.HeartbeatTimeline;
import dev.balancelab.ui.shell.Appearance;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The heartbeat timelines and the hash ring take their colours from the theme, so dark stays readable. */
class DarkThemeCanvasTest extends LabWindowTest {
    private static final Color LIGHT_INK = Color.web("#212529");
    private static final Color DARK_INK = Color.web("#f8f9fa");

    @Test
    void timelineAndRingDrawWithTheDarkThemesInk(FxRobot robot) throws Exception {
        robot.clickOn("Hash ring");
        await(() -> LIGHT_INK.equals(fx(() -> ring(robot).inkColour())));
        assertEquals(LIGHT_INK, fx(() -> timeline(robot).inkColour()));

        run(() -> stage.getScene()
                .getStylesheets()
                .add(Appearance.class.getResource("/css/theme-dark.css").toExternalForm()));

        await(() -> DARK_INK.equals(fx(() -> ring(robot).inkColour())));
        await(() -> DARK_INK.equals(fx(() -> timeline(robot).inkColour())));
    }

    private static RingCanvas ring(FxRobot robot) {
        return robot.lookup("#ring").queryAs(RingCanvas.class);
    }

    private static HeartbeatTimeline timeline(FxRobot robot) {
        return robot.lookup("#timeline-s1").queryAs(HeartbeatTimeline.class);
    }
}
