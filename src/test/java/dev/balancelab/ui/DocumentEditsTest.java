package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.TopologyEdits;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The document is the single source of truth: the toolbar's algorithm and rate and the canvas are edits of it (dirty,
 * undoable), and the running lab follows the document, also on undo, without a restart.
 */
class DocumentEditsTest extends LabWindowTest {
    private static final String CONSISTENT = "Consistent hashing";

    @Test
    void anAlgorithmChosenInTheToolbarIsAnUndoableEdit(FxRobot robot) throws Exception {
        robot.clickOn("#algorithm");
        robot.clickOn(CONSISTENT);

        await(() -> title().endsWith(" *"));
        assertEquals(
                AlgorithmKind.CONSISTENT_HASH,
                fx(() -> app.lab().topology().balancer().algorithm()));
        await(() -> CONSISTENT.equals(balancerCard(robot)));

        run(() -> app.documents().undo());

        assertEquals("Round robin", fx(() -> toolbarAlgorithm(robot).label()));
        assertEquals(
                AlgorithmKind.ROUND_ROBIN,
                fx(() -> app.lab().topology().balancer().algorithm()));
        await(() -> "Round robin".equals(balancerCard(robot)));
        assertFalse(title().endsWith(" *"), "undone back to the opened topology");
        assertFalse(fx(() -> app.documents().dirty()), "Quit would not ask");

        run(() -> app.documents().redo());
        assertEquals(CONSISTENT, fx(() -> toolbarAlgorithm(robot).label()));
        await(() -> CONSISTENT.equals(balancerCard(robot)));
    }

    @Test
    void aDragOfTheRateThumbIsOneUndoStep(FxRobot robot) throws Exception {
        dragIsOneUndoStep(robot, "#rate .thumb");
    }

    @Test
    void aDragAlongTheRateTrackIsOneUndoStep(FxRobot robot) throws Exception {
        dragIsOneUndoStep(robot, "#rate .track");
    }

    private void dragIsOneUndoStep(FxRobot robot, String part) throws Exception {
        robot.drag(part).moveBy(15, 0).moveBy(15, 0).moveBy(15, 0).release(MouseButton.PRIMARY);

        await(() -> title().endsWith(" *"));
        double dragged = fx(() -> TopologyEdits.totalRate(app.lab().topology()));
        assertNotEquals(40, dragged, 1e-6);
        assertEquals(
                dragged, fx(() -> robot.lookup("#rate").queryAs(Slider.class).getValue()), 1e-6);

        run(() -> app.documents().undo());

        assertEquals(40, fx(() -> TopologyEdits.totalRate(app.lab().topology())), 1e-9);
        assertEquals(40, fx(() -> robot.lookup("#rate").queryAs(Slider.class).getValue()), 1e-9);
        assertFalse(title().endsWith(" *"), "one undo took the whole drag back");
    }

    @Test
    void aDraggedCardIsAnEditAndItsUndoKeepsTheLabRunning(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        Topology opened = fx(() -> app.lab().topology());
        double x = cardX(robot);
        robot.drag("#server-s2").moveBy(-60, 0).moveBy(-60, 0).release(MouseButton.PRIMARY);
        await(() -> title().endsWith(" *"));
        assertNotEquals(
                opened.servers().get(1).position(),
                fx(() -> app.lab().topology().servers().get(1).position()));
        await(() -> sent(robot) > 0);
        Object topologyView = fx(() -> robot.lookup(".topology").query());
        long before = sent(robot);

        run(() -> app.documents().undo());

        assertEquals(opened, fx(() -> app.lab().topology()));
        assertFalse(title().endsWith(" *"));
        assertSame(topologyView, fx(() -> robot.lookup(".topology").query()), "the same lab: no rebuild");
        await(() -> sent(robot) > before);
        assertEquals(x, cardX(robot), 0.5, "the card is back where it was");
    }

    private static double cardX(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#server-s2").query().getLayoutX());
    }

    private String title() throws Exception {
        return fx(() -> stage.getTitle());
    }

    @SuppressWarnings("unchecked")
    private static AlgorithmKind toolbarAlgorithm(FxRobot robot) {
        return ((ComboBox<AlgorithmKind>) robot.lookup("#algorithm").query()).getValue();
    }

    /** The algorithm the balancer card shows: the engine's, sampled five times a second. */
    private static String balancerCard(FxRobot robot) throws Exception {
        return fx(() ->
                robot.lookup(".balancer-card .card-detail").queryAs(Label.class).getText());
    }

    private static long sent(FxRobot robot) throws Exception {
        String text = fx(() -> robot.lookup("#counters").queryAs(Label.class).getText());
        return text == null
                ? 0
                : Long.parseLong(text.replaceAll("^sent ([\\d,]+).*$", "$1").replace(",", ""));
    }
}
