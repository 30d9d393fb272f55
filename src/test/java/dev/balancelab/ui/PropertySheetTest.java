package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.NodeRef;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The property sheet lists only what the chosen algorithm uses, and shows values in words, not raw. */
class PropertySheetTest extends LabWindowTest {
    private static final String VNODES = "Ring: virtual nodes per weight";
    private static final String TABLE = "Maglev: table size";
    private static final String EWMA = "Least response time: EWMA decay (ms)";

    @Test
    void algorithmParametersFollowTheAlgorithm(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Edit"));
        run(() -> app.lab().selectionProperty().set(NodeRef.balancer()));
        await(() -> names(robot).contains("Health check: fall"));
        assertFalse(
                names(robot).stream().anyMatch(n -> List.of(VNODES, TABLE, EWMA).contains(n)), "round robin");

        algorithm(AlgorithmKind.MAGLEV);
        await(() -> names(robot).contains(TABLE));
        assertFalse(names(robot).contains(VNODES));

        algorithm(AlgorithmKind.CONSISTENT_HASH);
        await(() -> names(robot).contains(VNODES));
        assertFalse(names(robot).contains(TABLE));
    }

    @Test
    void valuesReadInWords(FxRobot robot) throws Exception {
        run(() -> app.lab().selectionProperty().set(NodeRef.server("s1")));
        robot.clickOn(Fx.tab(robot, "Edit"));
        await(() -> names(robot).contains("Service time"));
        List<String> shown = fx(() -> robot.lookup(".property-sheet .combo-box").queryAllAs(ComboBox.class).stream()
                .map(PropertySheetTest::shown)
                .toList());
        assertEquals(List.of("Exponential", "None", "No cache"), shown);
        List<String> numbers = fx(() -> robot.lookup(".property-sheet .text-field").queryAllAs(TextField.class).stream()
                .map(TextField::getText)
                .toList());
        assertTrue(numbers.stream().noneMatch(t -> t.endsWith(".0")), numbers::toString);
    }

    @Test
    void aSelectedServerTheNewDocumentLacksEmptiesTheSheet(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Edit"));
        run(() -> app.lab().selectionProperty().set(NodeRef.server("s4")));
        await(() -> names(robot).contains("Weight"));
        run(() -> {
            Topology t = app.lab().topology();
            app.lab()
                    .edit(new Topology(
                            t.title(),
                            t.description(),
                            t.clients(),
                            t.balancer(),
                            t.servers().subList(0, 3),
                            t.scenario()));
        });
        await(() -> names(robot).isEmpty());
    }

    private static String shown(ComboBox<?> box) {
        return show(box);
    }

    private static <T> String show(ComboBox<T> box) {
        return box.getConverter().toString(box.getValue());
    }

    private void algorithm(AlgorithmKind kind) throws Exception {
        run(() -> {
            Topology t = app.lab().topology();
            app.lab().edit(t.withBalancer(t.balancer().withAlgorithm(kind)));
        });
    }

    private static List<String> names(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".property-sheet").queryAs(PropertySheet.class).getItems().stream()
                .map(PropertySheet.Item::getName)
                .toList());
    }
}
