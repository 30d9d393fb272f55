package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.ui.health.HeartbeatTimeline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Lesson 09 (a gray server, outlier detection after 5 errors in a row): the timeline's purple ejection band starts at
 * the ejection the row's text names, not at 0 s, over the active check's UP band.
 */
class OutlierTimelineTest extends LabWindowTest {
    private static final Pattern EJECTED_AT = Pattern.compile("ejected by outlier detection at ([\\d.]+) s · for 10 s");

    @Override
    Topology topology() {
        try {
            return SampleTopologies.load("09-gray-failure-outlier-ejection.json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEjectionBandStartsWhereTheTextSaysItWasEjected(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        String[] said = {""};
        await(() -> EJECTED_AT
                .matcher(said[0] = text(robot, "#health-s3 .health-detection"))
                .matches());
        await(() -> !timeline(robot).drawnEjections().isEmpty());

        Matcher m = EJECTED_AT.matcher(said[0]);
        assertTrue(m.matches());
        double saidAt = Double.parseDouble(m.group(1));
        List<long[]> bands = fx(() -> timeline(robot).drawnEjections());
        assertEquals(1, bands.size());
        assertTrue(saidAt > 0, "the gray server is ejected after its errors, not at 0 s");
        assertEquals(saidAt, bands.get(0)[0] / 1e9, 0.05, "the band starts at the ejection");
        assertTrue(fx(() -> timeline(robot).drawnStates()).containsAll(List.of(HealthState.UP, HealthState.EJECTED)));
    }

    private static HeartbeatTimeline timeline(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#timeline-s3").queryAs(HeartbeatTimeline.class));
    }
}
