package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceUrl;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import java.net.URI;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A "bring your own" server ({@code "url"}, issue 11) on the canvas: a "url" badge whose tooltip names the service,
 * and while Real HTTP is off the card says the lab cannot run it ("external service", "turn on Real HTTP"); with Real
 * HTTP on it shows its figures like any server. Lesson 02 with s3 pointing at a loopback port (nothing needs to listen:
 * its health checks fail, which this test does not look at).
 */
class UrlServerCardTest extends LabWindowTest {
    @Override
    Topology topology() {
        try {
            Topology lesson = SampleTopologies.load("02-weighted-heterogeneous.json");
            return lesson.withServers(lesson.servers().stream()
                    .map(s -> s.id().value().equals("s3") ? withUrl(s) : s)
                    .toList());
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServerSpec withUrl(ServerSpec s) {
        return s.withUrl(new ServiceUrl(URI.create("http://127.0.0.1:9"), "/healthz"));
    }

    @Test
    void aUrlServerIsMarkedAndAsksForRealHttpUntilItIsOn(FxRobot robot) throws Exception {
        assertEquals("url", Fx.text(robot, "#url-s3"));
        String tooltip = fx(
                () -> robot.lookup("#url-s3").queryAs(Label.class).getTooltip().getText());
        assertTrue(tooltip.contains("http://127.0.0.1:9") && tooltip.contains("GET /healthz"), tooltip);
        assertTrue(robot.lookup("#url-s1").tryQuery().isEmpty(), "s1 runs in the lab");
        assertEquals("external service", Fx.text(robot, "#load-s3"));
        assertEquals("turn on Real HTTP", Fx.text(robot, "#done-s3"));
        assertEquals("completed 0", Fx.text(robot, "#done-s1"));

        RealHttpWindowTest.toggle(robot);
        await(() -> Fx.text(robot, "#done-s3").equals("completed 0"));
        assertEquals("in flight 0 · failed 0", Fx.text(robot, "#load-s3"));
        assertEquals("url", Fx.text(robot, "#url-s3"), "still marked: the lab forwards to it");

        RealHttpWindowTest.toggle(robot);
        await(() -> Fx.text(robot, "#done-s3").equals("turn on Real HTTP"));
    }
}
