package dev.balancelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which edits the running lab takes in place and which rebuild it, against a recording fake lab. */
class EngineFollowerTest {
    private static final Topology LAB = FallbackTopology.create(HealthCheckSpec.DEFAULT);

    private final RecordingLab lab = new RecordingLab();

    @Test
    void anAlgorithmIsSwitchedInPlace() {
        follow(LAB.withBalancer(LAB.balancer().withAlgorithm(AlgorithmKind.MAGLEV)));
        assertEquals(List.of("algorithm maglev"), lab.calls);
    }

    @Test
    void aTotalRateScalingAllClientsAlikeIsSetInPlace() {
        follow(TopologyEdits.withTotalRate(LAB, 100));
        assertEquals(List.of("total rate 100.0"), lab.calls);
    }

    @Test
    void oneChangedWeightTouchesOnlyThatServer() {
        follow(TopologyEdits.replaceServer(LAB, server(1).withWeight(5)));
        assertEquals(List.of("weight s2=5"), lab.calls);
    }

    @Test
    void aMovedCardTouchesNothing() {
        follow(TopologyEdits.move(LAB, NodeRef.server("s3"), new Position(0.5, 0.5)));
        follow(TopologyEdits.move(LAB, NodeRef.client("c1"), new Position(0.2, 0.9)));
        assertEquals(List.of(), lab.calls, "neither the engine nor its picker");
    }

    @Test
    void severalLiveFieldsAtOnceAreAppliedTogether() {
        Topology moved = TopologyEdits.move(LAB, NodeRef.server("s1"), new Position(0.4, 0.4));
        Topology weighted = TopologyEdits.replaceServer(moved, server(3).withWeight(7));
        follow(TopologyEdits.withTotalRate(
                weighted.withBalancer(LAB.balancer().withAlgorithm(AlgorithmKind.IP_HASH)), 12));
        assertEquals(List.of("algorithm ip-hash", "total rate 12.0", "weight s4=7"), lab.calls);
    }

    @Test
    void oneClientsRateAloneRebuilds() {
        follow(TopologyEdits.replaceClient(LAB, LAB.clients().get(0).withRate(99)));
        assertEquals(List.of("rebuild"), lab.calls, "the engine can only scale all clients alike");
    }

    @Test
    void otherFieldsAndOtherNodesRebuild() {
        ServerSpec s = server(0);
        ServerSpec moreWorkers = new ServerSpec(
                s.id(), s.name(), s.weight(), 8, s.queueCapacity(), s.serviceTime(), s.failure(), s.position());
        follow(TopologyEdits.replaceServer(LAB, moreWorkers));
        follow(TopologyEdits.addServer(LAB, new Position(0.9, 0.9)));
        follow(TopologyEdits.remove(LAB, NodeRef.client("c2")));
        follow(LAB.withBalancer(LAB.balancer().withHealthCheck(new HealthCheckSpec(500, 100, 2, 2))));
        assertEquals(List.of("rebuild", "rebuild", "rebuild", "rebuild"), lab.calls);
    }

    @Test
    void aRefusedRebuildIsPassedOn() {
        lab.refuse = true;
        Topology next = TopologyEdits.addServer(LAB, new Position(0.9, 0.9));
        assertThrows(IllegalArgumentException.class, () -> follow(next));
    }

    private void follow(Topology after) {
        EngineFollower.follow(LAB, after, lab);
    }

    private static ServerSpec server(int i) {
        return LAB.servers().get(i);
    }

    /** Writes down what the follower asked for. */
    private static final class RecordingLab implements EngineFollower.Lab {
        final List<String> calls = new ArrayList<>();
        boolean refuse;

        @Override
        public void setAlgorithm(AlgorithmKind kind) {
            calls.add("algorithm " + kind.id());
        }

        @Override
        public void setTotalRate(double perSecond) {
            calls.add("total rate " + perSecond);
        }

        @Override
        public void setWeight(ServerId id, int weight) {
            calls.add("weight " + id + "=" + weight);
        }

        @Override
        public void rebuild(Topology next) {
            if (refuse) {
                throw new IllegalArgumentException("refused");
            }
            calls.add("rebuild");
        }
    }
}
