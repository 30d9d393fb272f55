package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.LessonStep;
import dev.balancelab.domain.Topology;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Issue 15: a guided lesson's Next / Back in the banner, its actions on the lab, and the presenter-notes window. */
class GuidedLessonTest extends LabWindowTest {
    private static final String LESSON = "30-guided-consistent-hashing-failover.json";

    @Override
    Topology topology() {
        return Samples.load(LESSON);
    }

    @Test
    void nextAndBackWalkTheStepsAndRunTheirActions(FxRobot robot) throws Exception {
        List<LessonStep> steps = topology().lesson().steps();
        assertEquals("Step 1 of 6", text(robot, "#lesson-step-position"));
        assertEquals(steps.get(0).text().in("en"), text(robot, "#lesson-step-text"));
        assertTrue(disabled(robot, "#lesson-back"));
        assertFalse(running(robot), "opening a guided lesson starts nothing");
        for (String button : List.of("#lesson-back", "#lesson-next", "#lesson-notes")) {
            Button b = fx(() -> robot.lookup(button).queryAs(Button.class));
            assertTrue(
                    fx(() -> b.getWidth() >= b.prefWidth(-1) - 0.5),
                    button + " is not squeezed by the step text (it read \"...\" once)");
        }

        robot.clickOn("#lesson-next");
        assertEquals("Step 2 of 6", text(robot, "#lesson-step-position"));
        assertEquals(steps.get(1).text().in("en"), text(robot, "#lesson-step-text"));
        assertTrue(running(robot), "step 2 starts the traffic");
        assertEquals(
                0.5, fx(() -> robot.lookup("#speed").queryAs(ChoiceBox.class).getValue()));
        assertEquals("Hash ring", selectedTab(robot));

        robot.clickOn("#lesson-next");
        assertEquals("Step 3 of 6", text(robot, "#lesson-step-position"));
        assertEquals("Health", selectedTab(robot));
        await(() -> !"UP"
                .equals(fx(() ->
                        robot.lookup("#health-state-s2").queryAs(Label.class).getText())));

        robot.clickOn("#lesson-back");
        assertEquals("Step 2 of 6", text(robot, "#lesson-step-position"));
        assertEquals(steps.get(1).text().in("en"), text(robot, "#lesson-step-text"));
        assertEquals("Hash ring", selectedTab(robot));
        assertFalse(disabled(robot, "#lesson-back"));

        for (int i = 0; i < 4; i++) {
            robot.clickOn("#lesson-next");
        }
        assertEquals("Step 6 of 6", text(robot, "#lesson-step-position"));
        assertTrue(disabled(robot, "#lesson-next"));
        assertFalse(running(robot), "the last step pauses");
    }

    @Test
    void presenterNotesOpenInTheirOwnWindowAndFollowTheStep(FxRobot robot) throws Exception {
        List<LessonStep> steps = topology().lesson().steps();
        robot.clickOn("#lesson-notes");
        await(() -> fx(() -> Window.getWindows().size()) == 2);
        assertEquals(steps.get(0).note().in("en"), text(robot, "#lesson-notes-text"));
        fx(() -> {
            robot.lookup("#lesson-next").queryAs(Button.class).fire();
            robot.lookup("#lesson-next").queryAs(Button.class).fire();
            return null;
        });
        assertEquals(steps.get(2).note().in("en"), text(robot, "#lesson-notes-text"));
    }

    private static boolean disabled(FxRobot robot, String selector) throws Exception {
        return fx(() -> robot.lookup(selector).query().isDisabled());
    }

    private static boolean running(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#startPause").queryAs(ToggleButton.class).isSelected());
    }

    private static String selectedTab(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".tab-pane")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .getSelectedItem()
                .getText());
    }
}
