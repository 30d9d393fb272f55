package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Issue 15: Predict names the next pick, reveals the balancer's own choice with its reasons and keeps the score. */
class PredictTest extends LabWindowTest {
    @Test
    void theScoreCountsRightAndWrongPredictions(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Why?"));
        assertEquals("Score: 0 of 0 right", text(robot, "#predict-score"));
        List<String> verdicts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            robot.clickOn("#predict-s1");
            int asked = i;
            await(() -> text(robot, "#predict-score").endsWith("of " + asked + " right"));
            verdicts.add(text(robot, "#predict-verdict"));
            assertFalse(text(robot, "#predict-why").isBlank(), "the reasons are shown");
            await(() ->
                    !fx(() -> robot.lookup("#predict-s1").queryAs(Button.class).isDisabled()));
        }
        long right =
                verdicts.stream().filter(v -> v.startsWith("✓ s1: you said s1")).count();
        long wrong = verdicts.stream()
                .filter(v -> v.startsWith("× ") && v.endsWith("you said s1"))
                .count();
        assertEquals(3, right + wrong, verdicts.toString());
        assertTrue(wrong >= 2, "round robin never picks s1 three times running: " + verdicts);
        assertEquals("Score: " + right + " of 3 right", text(robot, "#predict-score"));
    }
}
