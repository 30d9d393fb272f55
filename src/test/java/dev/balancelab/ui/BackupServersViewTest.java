package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Lesson 10 (without its scenario, with fast heartbeats): the backup servers carry a "backup" badge on the canvas and
 * in the heartbeat monitor, serve nothing while a primary is up, and take over once both primaries are killed and
 * DOWN.
 */
class BackupServersViewTest extends LabWindowTest {
    @Override
    Topology topology() {
        try {
            Topology lesson = SampleTopologies.load("10-backup-servers.json");
            return lesson.withScenario(List.of()).withBalancer(lesson.balancer().withHealthCheck(FAST_HEALTH));
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void backupsAreMarkedAndTakeOverWhenBothPrimariesAreDown(FxRobot robot) throws Exception {
        assertEquals("backup", Fx.text(robot, "#backup-s3"));
        assertEquals("backup", Fx.text(robot, "#backup-s4"));
        assertTrue(robot.lookup("#backup-s1").tryQuery().isEmpty(), "s1 is no backup");
        assertTrue(fx(() -> robot.lookup("#server-s3")
                .query()
                .getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("backup"))));
        assertEquals(1, robot.lookup("#health-s3 .card-backup").queryAll().size(), "the monitor marks s3");
        assertTrue(robot.lookup("#health-s1 .card-backup").queryAll().isEmpty());

        robot.clickOn("#startPause");
        await(() -> completed(robot, "s1") > 5 && completed(robot, "s2") > 5);
        assertEquals(0, completed(robot, "s3") + completed(robot, "s4"), "backups idle while primaries are up");

        for (String id : new String[] {"s1", "s2"}) {
            robot.clickOn("#fail-" + id);
            robot.clickOn("#kill-" + id);
            await(() -> "DOWN".equals(Fx.text(robot, "#health-state-" + id)));
        }
        await(() -> completed(robot, "s3") > 3 && completed(robot, "s4") > 3);
    }

    /** The card's "completed N" line. */
    private static long completed(FxRobot robot, String id) throws Exception {
        return fx(() -> {
            for (Node n : robot.lookup("#server-" + id + " .card-detail").queryAll()) {
                String text = ((Label) n).getText();
                if (text.startsWith("completed ")) {
                    return Long.parseLong(text.substring("completed ".length()).replace(",", ""));
                }
            }
            throw new IllegalStateException("no completed line on " + id);
        });
    }
}
