package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The property sheet as a lecturer types in it: Enter applies, Ctrl+Z undoes the field's own typing first and the
 * document otherwise, and a weight edit and its undo apply to the running lab without restarting it.
 */
class PropertyFieldsTest extends LabWindowTest {
    /** The Weight row's field: the sheet lists Name, Weight, Workers, ... for a server. */
    private static final int WEIGHT = 1;

    private static final int WORKERS = 2;

    @Test
    void enterAppliesCtrlZUndoesTheFieldThenTheDocumentAndTheLabKeepsRunning(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> sent(robot) > 0);
        robot.clickOn("#server-s1");
        robot.clickOn(Fx.tab(robot, "Edit"));
        await(() -> field(robot, WEIGHT) != null);

        robot.doubleClickOn(fx(() -> field(robot, WEIGHT)));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("4").type(KeyCode.ENTER);
        await(() -> fx(() -> app.lab().topology().servers().get(0).weight()) == 4);
        assertTrue(fx(() -> field(robot, WEIGHT).isFocused()), "Enter applied without leaving the field");

        robot.type(KeyCode.TAB);
        long sentBeforeUndo = sent(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> fx(() -> app.lab().topology().servers().get(0).weight()) == 1);
        assertTrue(sent(robot) >= sentBeforeUndo, "undoing a weight does not restart the lab");
        await(() -> Fx.text(robot, "#server-s1 .card-state").endsWith("weight 1"));

        TextField workers = fx(() -> field(robot, WORKERS));
        String before = fx(workers::getText);
        robot.clickOn(workers).type(KeyCode.END).write("9");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before, fx(workers::getText), "Ctrl+Z took back the typing in the field");
        assertEquals(1, fx(() -> app.lab().topology().servers().get(0).weight()), "and left the document alone");
    }

    private static TextField field(FxRobot robot, int row) {
        var fields = robot.lookup(".property-sheet .text-field").queryAllAs(TextField.class).stream()
                .toList();
        return fields.size() > row ? fields.get(row) : null;
    }

    private static long sent(FxRobot robot) throws Exception {
        Matcher m = Pattern.compile("sent ([\\d,]+)").matcher(Fx.text(robot, "#counters"));
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }
}
