package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.ui.compare.CompareRow;
import dev.balancelab.ui.compare.CompareViewModel;
import dev.balancelab.ui.compare.ComparedLab;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 15: View → Compare runs the lab through several algorithms side by side on identical traffic, with one
 * Start/Pause and a kill that reaches every pane.
 */
class CompareWindowTest extends LabWindowTest {
    @Test
    void everyPaneSeesTheSameArrivalsAndTheKill(FxRobot robot) throws Exception {
        Fx.run(() -> app.documents().compare());
        CompareViewModel vm = fx(() -> app.compareWindow().viewModel());
        List<AlgorithmKind> algorithms = fx(vm::algorithms);
        assertEquals(3, algorithms.size());
        assertEquals(fx(() -> app.lab().topology().balancer().algorithm()), algorithms.get(0));

        Fx.run(() -> vm.speedProperty().set(4.0));
        robot.clickOn("#compare-start");
        await(() -> fx(() -> vm.labMillisProperty().get()) > 4_000);
        robot.clickOn("#compare-kill");
        long killedAt = fx(() -> vm.labMillisProperty().get());
        await(() -> fx(() -> vm.labMillisProperty().get()) > killedAt + 4_000);
        robot.clickOn("#compare-start");
        assertFalse(fx(() -> vm.runningProperty().get()), "one Pause for all panes");

        List<ComparedLab> panes = fx(() -> List.copyOf(vm.panes()));
        List<ComparedLab.Arrival> first = fx(() -> List.copyOf(panes.get(0).arrivals()));
        assertTrue(first.size() > 50, "arrivals: " + first.size());
        for (ComparedLab pane : panes.subList(1, panes.size())) {
            assertEquals(
                    first,
                    fx(() -> List.copyOf(pane.arrivals())),
                    pane.algorithm().id());
        }
        ServerId s1 = fx(() -> app.lab().topology().servers().get(0).id());
        for (ComparedLab pane : panes) {
            assertFalse(fx(() -> pane.snapshot().perServer().get(s1).alive()), "killed in " + pane.algorithm());
        }

        @SuppressWarnings("unchecked")
        TableView<CompareRow> table = fx(() -> robot.lookup("#compare-table").queryAs(TableView.class));
        await(() -> fx(() -> table.getItems().size()) == 3);
        List<CompareRow> rows = fx(() -> List.copyOf(table.getItems()));
        assertEquals(algorithms, rows.stream().map(CompareRow::algorithm).toList());
        assertEquals(1, rows.stream().map(CompareRow::sent).distinct().count(), "the same requests: " + rows);
        assertNotEquals(
                1, rows.stream().map(CompareRow::fairness).distinct().count(), "the algorithms do differ: " + rows);
        LineChart<?, ?> chart = fx(() -> robot.lookup("#compare-chart").queryAs(LineChart.class));
        assertEquals(3, fx(() -> chart.getData().size()));
        assertTrue(fx(() -> chart.getData().get(0).getData().size()) > 5);
    }
}
