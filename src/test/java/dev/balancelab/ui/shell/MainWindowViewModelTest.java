package dev.balancelab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.DocumentStub;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.TopologyEdits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The main window's model on a fake lab and a stub document: no window, no engine. */
class MainWindowViewModelTest {
    private static final Topology LAB = FallbackTopology.create(HealthCheckSpec.DEFAULT);
    private static final LatencyRecorder.Percentiles NO_LATENCY = new LatencyRecorder.Percentiles(0, 0, 0, 0);

    private final FakeLab lab = new FakeLab(LAB, snapshot(new Accounting.Counts(0, 0, 0, 0, 0, 0, 0)));
    private final DocumentStub document = new DocumentStub(LAB);
    private final UnsavedDocuments documents = new UnsavedDocuments();
    private final MainWindowViewModel vm =
            new MainWindowViewModel(lab, lab.feed(), documents, new Appearance(), document);

    @Test
    void saveAsAddsJsonWhenTheNameHasNoExtensionAndSuggestsAName() {
        assertEquals(Path.of("/tmp/saved-lab.json"), MainWindowViewModel.topologyFile(Path.of("/tmp/saved-lab")));
        assertEquals(Path.of("/tmp/lab.json"), MainWindowViewModel.topologyFile(Path.of("/tmp/lab.json")));
        assertTrue(vm.suggestedFileName().matches("[a-z0-9-]+\\.json"), vm.suggestedFileName());
    }

    @Test
    void theLessonTextSaysWhenTheAlgorithmNoLongerMatchesTheLesson() {
        String lesson = vm.lessonTextProperty().get();
        vm.algorithmProperty().set(AlgorithmKind.CONSISTENT_HASH);
        assertTrue(
                vm.lessonTextProperty().get().endsWith("the lab now runs Consistent hashing."),
                vm.lessonTextProperty().get());
        vm.algorithmProperty().set(AlgorithmKind.ROUND_ROBIN);
        assertEquals(lesson, vm.lessonTextProperty().get());
    }

    @Test
    void startsWithTheDocumentsAlgorithmAndTotalRate() {
        assertEquals(AlgorithmKind.ROUND_ROBIN, vm.algorithmProperty().get());
        assertEquals(40, vm.rateProperty().get(), 1e-9);
    }

    @Test
    void choosingAnAlgorithmIsOneEditAndUndoBringsTheOldOneBack() {
        vm.algorithmProperty().set(AlgorithmKind.CONSISTENT_HASH);

        assertEquals(1, document.edits.size());
        assertEquals(
                AlgorithmKind.CONSISTENT_HASH, document.topology().balancer().algorithm());
        assertEquals(LAB.clients(), document.topology().clients(), "nothing else changed");

        document.undo();
        assertEquals(AlgorithmKind.ROUND_ROBIN, vm.algorithmProperty().get(), "the toolbar follows the document");
        assertEquals(1, document.edits.size(), "following the document is no edit");
    }

    @Test
    void aRateDragIsOneEditWhenItEnds() {
        vm.rateChangingProperty().set(true);
        vm.rateProperty().set(50);
        vm.rateProperty().set(70);
        vm.rateProperty().set(90);
        assertTrue(document.edits.isEmpty(), "nothing while dragging");

        vm.rateChangingProperty().set(false);

        assertEquals(1, document.edits.size());
        List<ClientSpec> clients = document.topology().clients();
        clients.forEach(c -> assertEquals(30, c.ratePerSecond(), 1e-9, "scaled alike: " + c));
    }

    @Test
    void aRateSetWithoutDragIsAnEditAtOnceAndFollowsUndo() {
        vm.rateProperty().set(80);
        assertEquals(80, TopologyEdits.totalRate(document.topology()), 1e-9);

        document.undo();
        assertEquals(40, vm.rateProperty().get(), 1e-9);
        assertEquals(1, document.edits.size());
    }

    @Test
    void runningAndSpeedGoToTheLabAndAreNoEdits() {
        vm.toggleRunning();
        vm.stepSpeed(1);
        vm.toggleRunning();

        assertEquals(List.of("start", "speed 4.0", "pause"), lab.calls);
        assertTrue(document.edits.isEmpty());
    }

    @Test
    void snapshotsShowTheCountersAndTheAccountingCheck() {
        lab.nextSnapshot = snapshot(new Accounting.Counts(1200, 1000, 150, 50, 30, 2, 7));
        lab.feed().sample();

        assertEquals(
                "sent 1,200    completed 1,000    failed 150    in flight 50    retries 30",
                vm.countersProperty().get());
        assertEquals(
                "attempts 1,230 (×1.03)    retries denied 2    timeouts 7",
                vm.failoverProperty().get());
        assertEquals(
                "✓ sent = completed + failed + in flight",
                vm.invariantProperty().get());

        lab.nextSnapshot = snapshot(new Accounting.Counts(1200, 1000, 150, 49, 30, 2, 7));
        lab.feed().sample();
        assertEquals(
                "✗ sent = completed + failed + in flight",
                vm.invariantProperty().get());
    }

    @Test
    void unsavedChangesAreKeptWhenTheUserCancels() {
        documents.dirty = true;
        vm.setAskToSave(() -> MainWindowViewModel.Decision.CANCEL);
        assertFalse(vm.mayDiscardChanges());

        vm.setAskToSave(() -> MainWindowViewModel.Decision.SAVE);
        assertFalse(vm.mayDiscardChanges(), "no file to save to: Save As first");

        documents.dirty = false;
        assertTrue(vm.mayDiscardChanges(), "nothing unsaved: no question");
    }

    private static MetricsSnapshot snapshot(Accounting.Counts counts) {
        return new MetricsSnapshot(0, counts, NO_LATENCY, Map.of(), 0, NO_LATENCY);
    }

    /** Documents with no file, dirty as a test says; nothing else is used. */
    private static final class UnsavedDocuments implements Documents {
        boolean dirty;

        @Override
        public void newLab() {}

        @Override
        public void compare() {}

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public boolean dirty() {
            return dirty;
        }

        @Override
        public boolean undo() {
            return false;
        }

        @Override
        public boolean redo() {
            return false;
        }

        @Override
        public List<Path> recentFiles() {
            return List.of();
        }

        @Override
        public List<String> sampleNames() {
            return List.of();
        }

        @Override
        public void openSample(String name) {}

        @Override
        public void open(Path file) {}

        @Override
        public void saveAs(Path file) {}

        @Override
        public void export(ExportFormat format, Path file) {}

        @Override
        public void exportImage(byte[] png, Path file) {}

        @Override
        public void reset() {}

        @Override
        public Optional<String> setRealHttp(boolean on) {
            return Optional.empty();
        }

        @Override
        public long seed() {
            return 1;
        }

        @Override
        public void setSeed(long seed) {}
    }
}
