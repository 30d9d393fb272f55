package dev.balancelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.FakeLab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * Charts on a hidden tab: their series stand still while hidden (no chart work for nobody) and, when shown again,
 * hold exactly the points of charts that were shown all along.
 */
class HiddenChartsTest {
    private static final Topology LAB = FallbackTopology.create(new HealthCheckSpec(200, 100, 3, 2));
    /** Samples taken while hidden: more than a window, so the oldest must drop out. */
    private static final int HIDDEN = ChartsViewModel.WINDOW + 7;

    /** Sample {@code i} at 200 × i lab ms: server k has completed (k + 1) × i² attempts and has i + k in flight. */
    private static MetricsSnapshot snapshot(int i) {
        Map<ServerId, ServerMetrics> perServer = new LinkedHashMap<>();
        int k = 0;
        for (ServerSpec s : LAB.servers()) {
            long completed = (k + 1L) * i * i;
            perServer.put(s.id(), new ServerMetrics(completed, 0, i + k, HealthState.UP, false, true, 0, 1, 0, null));
            k++;
        }
        LatencyRecorder.Percentiles latency = new LatencyRecorder.Percentiles(i, 2.0 * i, 3.0 * i, 100);
        Accounting.Counts counts = new Accounting.Counts(10L * i, 9L * i, i, 0, 2L * i, 0, 0);
        return new MetricsSnapshot(200L * i, counts, latency, perServer, 0, latency);
    }

    private static void sample(FakeLab lab, int i) {
        lab.nextSnapshot = snapshot(i);
        lab.feed().sample();
    }

    /** Every point of every series of {@code vm}, as [x, y] pairs per series. */
    private static List<List<List<Number>>> points(ChartsViewModel vm) {
        return Stream.of(vm.throughput(), vm.inFlight(), vm.latency(), vm.errors())
                .flatMap(ObservableList::stream)
                .map(series -> series.getData().stream()
                        .map(d -> List.of(d.getXValue(), d.getYValue()))
                        .toList())
                .toList();
    }

    @Test
    void hiddenChartsStandStillAndCatchUpWhenShown() {
        FakeLab alwaysLab = new FakeLab(LAB, snapshot(0));
        ChartsViewModel always = new ChartsViewModel(LAB, alwaysLab.feed());
        FakeLab hiddenLab = new FakeLab(LAB, snapshot(0));
        ChartsViewModel hidden = new ChartsViewModel(LAB, hiddenLab.feed());
        int i = 0;
        for (; i < 10; i++) {
            sample(alwaysLab, i);
            sample(hiddenLab, i);
        }
        List<List<List<Number>>> beforeHiding = points(hidden);
        hidden.shownProperty().set(false);
        for (; i < 10 + HIDDEN; i++) {
            sample(alwaysLab, i);
            sample(hiddenLab, i);
        }
        assertEquals(beforeHiding, points(hidden), "hidden charts' series do not change");
        hidden.shownProperty().set(true);
        assertEquals(points(always), points(hidden), "shown again, the charts hold what they would have held");
        sample(alwaysLab, i);
        sample(hiddenLab, i);
        assertEquals(points(always), points(hidden), "and go on alike");
        assertEquals(
                ChartsViewModel.WINDOW, hidden.throughput().get(0).getData().size(), "a window of points per series");
    }
}
