package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;

import dev.balancelab.domain.Topology;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The pulse layer, hidden while it shows nothing (an empty full-size canvas under the dots cost a blit of all its
 * pixels in every frame), shows the VRRP adverts the MASTER sends its BACKUP every second.
 */
class VrrpPulsesTest extends LabWindowTest {
    @Override
    Topology topology() {
        return TierTopologies.lesson40(100);
    }

    @Test
    void thePulseLayerShowsWhileAnAdvertIsUnderWay(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> fx(() -> robot.lookup("#pulses").query().isVisible()));
    }
}
