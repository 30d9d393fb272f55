package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Above 300 attempts per lab second one dot stands for several requests, and the dot legend says how many; at the
 * fallback lab's 40 requests per second it says nothing, every request has its dot.
 */
class SampledDotsTest extends LabWindowTest {
    private static final double RATE = 1_000;

    @Override
    Topology topology() {
        Topology lab = super.topology();
        return lab.withClients(lab.clients().stream()
                .map(c -> c.withRate(RATE / lab.clients().size()))
                .toList());
    }

    @Test
    void theLegendSaysHowManyRequestsOneDotStandsFor(FxRobot robot) throws Exception {
        Label perDot = robot.lookup("#requestsPerDot").queryAs(Label.class);
        assertFalse(fx(perDot::isVisible), "before any traffic every request has its dot");

        robot.clickOn("#startPause");
        await(() -> fx(perDot::isVisible));
        String text = fx(perDot::getText);
        assertTrue(text.matches("1 dot = (5|10|20) requests"), text); // 1,000/s and their retries
    }
}
