package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.DocumentStub;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moving a card is an edit of the document only; an undone move comes back to the canvas without the lab. Above a rate
 * the dots are a sample.
 */
class TopologyViewModelTest {
    private static final Topology LAB = FallbackTopology.create(HealthCheckSpec.DEFAULT);
    private static final double SIZE = 1000;

    private final FakeLab lab = new FakeLab(LAB, null);
    private final DocumentStub document = new DocumentStub(LAB);
    private final TopologyViewModel vm = new TopologyViewModel(lab, lab.feed(), document, new Highlight());
    private int moves;

    @Test
    void aMoveEditsTheDocumentAndTouchesNothingInTheLab() {
        vm.move(NodeRef.server("s2"), new Position(0.5, 0.25));

        assertEquals(
                new Position(0.5, 0.25), document.topology().servers().get(1).position());
        assertEquals(List.of(), lab.calls);
    }

    @Test
    void anUndoneMoveIsDrawnAgainWhereItWas() {
        vm.setOnMoved(() -> moves++);
        double x = serverX(1);
        vm.move(NodeRef.server("s2"), new Position(0.5, 0.25));
        assertEquals(SIZE / 2, serverX(1), 1e-9);

        document.undo();

        assertEquals(2, moves, "the move and its undo");
        assertEquals(x, serverX(1), 1e-9, "back where it was");
        assertEquals(List.of(), lab.calls);
    }

    @Test
    void aDocumentWithOtherNodesIsLeftToTheNextLab() {
        vm.setOnMoved(() -> moves++);
        document.edit(TopologyEdits.addServer(LAB, new Position(0.2, 0.2)));

        assertEquals(0, moves);
        assertEquals(4, vm.servers().size());
    }

    @Test
    void aboveThreeHundredAttemptsALabSecondOneDotStandsForSeveralRequests() {
        send(0, 1_000, 3);
        assertEquals(5, vm.requestsPerDotProperty().get(), "1,000/s: one dot in five (about 200 on their way)");
        int live = vm.dots().liveCount();
        assertTrue(live < 1_000 + 2_000 / 4, live + " dots: the first second in full, then about one in five");

        send(3, 40, 3);
        assertEquals(1, vm.requestsPerDotProperty().get(), "a lesson's 40/s: every request again");
    }

    /** Sends {@code rate} attempts per lab second for {@code seconds} lab seconds from lab second {@code from}. */
    private void send(int from, int rate, int seconds) {
        long second = 1_000_000_000L;
        for (long i = 0; i < (long) rate * seconds; i++) {
            long nanos = from * second + i * second / rate;
            long id = from * 1_000_000L + i;
            if (lab.events.sample(id, nanos)) { // as the engine does, through the sampler the view model installed
                lab.events.offer(new LabEvent.AttemptStarted(id, 1, 0, "k", ServerId.of("s" + (1 + id % 4)), nanos));
            }
            if (i % 500 == 499) {
                lab.feed().pulse();
            }
        }
        lab.feed().pulse();
    }

    private double serverX(int i) {
        Geometry g = vm.geometry();
        g.resize(SIZE, SIZE);
        return g.serverCentreX(i);
    }
}
