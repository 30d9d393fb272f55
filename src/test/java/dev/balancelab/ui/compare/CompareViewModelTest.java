package dev.balancelab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {
    private static final long MS = 1_000_000;

    /** A pane that records what the window asks of it. */
    private static final class FakeLab implements ComparedLab {
        final AlgorithmKind algorithm;
        final List<Long> runTo = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        boolean closed;

        FakeLab(AlgorithmKind algorithm) {
            this.algorithm = algorithm;
        }

        @Override
        public AlgorithmKind algorithm() {
            return algorithm;
        }

        @Override
        public void runTo(long labMs) {
            runTo.add(labMs);
        }

        @Override
        public MetricsSnapshot snapshot() {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyTally keys() {
            return new KeyTally();
        }

        @Override
        public List<Arrival> arrivals() {
            return List.of();
        }

        @Override
        public void kill(ServerId server) {
            failures.add("kill " + server.value() + " at " + last());
        }

        @Override
        public void revive(ServerId server) {
            failures.add("revive " + server.value() + " at " + last());
        }

        private long last() {
            return runTo.isEmpty() ? 0 : runTo.get(runTo.size() - 1);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<FakeLab> built = new ArrayList<>();

    private CompareViewModel model(AlgorithmKind... kinds) throws Exception {
        Topology t = SampleTopologies.load(SampleTopologies.names().get(0));
        return new CompareViewModel(t, List.of(kinds), k -> {
            FakeLab lab = new FakeLab(k);
            built.add(lab);
            return lab;
        });
    }

    @Test
    void everyPaneRunsToTheSameLabTimeScaledBySpeedAndOnlyWhileRunning() throws Exception {
        CompareViewModel vm = model(AlgorithmKind.ROUND_ROBIN, AlgorithmKind.MAGLEV, AlgorithmKind.RANDOM);
        assertFalse(vm.pulse(0), "paused");
        vm.runningProperty().set(true);
        assertFalse(vm.pulse(1_000 * MS), "the first pulse only sets the clock");
        vm.speedProperty().set(0.5);
        assertTrue(vm.pulse(1_040 * MS));
        vm.kill(ServerId.of("s2"));
        assertTrue(vm.pulse(1_080 * MS));
        for (FakeLab lab : built) {
            assertEquals(List.of(20L, 40L), lab.runTo, lab.algorithm.id());
            assertEquals(List.of("kill s2 at 20"), lab.failures);
        }
        assertEquals(40, vm.labMillisProperty().get());
        vm.runningProperty().set(false);
        assertFalse(vm.pulse(2_000 * MS));
    }

    @Test
    void aLatePulseCountsAtMostOneTenthOfASecond() throws Exception {
        CompareViewModel vm = model(AlgorithmKind.ROUND_ROBIN, AlgorithmKind.MAGLEV);
        vm.runningProperty().set(true);
        vm.pulse(0);
        vm.speedProperty().set(4.0);
        vm.pulse(5_000 * MS);
        assertEquals(400, vm.labMillisProperty().get(), "100 ms of wall time × 4, not 5 s × 4");
    }

    @Test
    void newAlgorithmsCloseTheOldPanesAndStartAgainAtZeroPaused() throws Exception {
        CompareViewModel vm = model(AlgorithmKind.ROUND_ROBIN, AlgorithmKind.MAGLEV);
        vm.runningProperty().set(true);
        vm.pulse(0);
        vm.pulse(50 * MS);
        vm.setAlgorithms(List.of(AlgorithmKind.RANDOM, AlgorithmKind.MAGLEV, AlgorithmKind.ROUND_ROBIN));
        assertTrue(built.get(0).closed && built.get(1).closed);
        assertEquals(List.of(AlgorithmKind.RANDOM, AlgorithmKind.MAGLEV, AlgorithmKind.ROUND_ROBIN), vm.algorithms());
        assertEquals(0, vm.labMillisProperty().get());
        assertFalse(vm.runningProperty().get());
        assertThrows(
                IllegalArgumentException.class,
                () -> vm.setAlgorithms(List.of(AlgorithmKind.RANDOM, AlgorithmKind.RANDOM)));
        assertThrows(IllegalArgumentException.class, () -> vm.setAlgorithms(List.of(AlgorithmKind.RANDOM)));
    }

    @Test
    void defaultsStartWithTheLabsOwnAlgorithm() {
        assertEquals(
                List.of(AlgorithmKind.MAGLEV, AlgorithmKind.ROUND_ROBIN, AlgorithmKind.LEAST_CONNECTIONS),
                CompareViewModel.defaults(AlgorithmKind.MAGLEV));
        assertEquals(
                List.of(AlgorithmKind.ROUND_ROBIN, AlgorithmKind.LEAST_CONNECTIONS, AlgorithmKind.POWER_OF_TWO_CHOICES),
                CompareViewModel.defaults(AlgorithmKind.ROUND_ROBIN));
    }
}
