package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * Consistent hashing with virtual nodes: a request goes to the owner of the first {@link HashRing} point clockwise
 * from {@code hash64(request.key())}; each endpoint has {@code weight × AlgorithmParams.virtualNodesPerWeight}
 * points (Karger et al., STOC 1997; grpc-java {@code RingHashLoadBalancer}; nginx {@code hash ... consistent}).
 * Removing one of N servers moves only that server's keys, about 1/N of them, each to the next owner clockwise. A
 * retry walks on clockwise to the next distinct untried owner. Lookup is a binary search, O(log points).
 */
public final class ConsistentHash implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.CONSISTENT_HASH;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new RingPicker(endpoints, config.params().virtualNodesPerWeight());
    }

    /** A picker over one {@link HashRing}; {@link #ring()} is the snapshot it looks keys up in. */
    public static final class RingPicker extends AbstractPicker {
        private final HashRing ring;

        RingPicker(List<Endpoint> endpoints, int virtualNodesPerWeight) {
            super(endpoints);
            this.ring = HashRing.build(this.endpoints, virtualNodesPerWeight);
        }

        /** The ring this picker uses. */
        public HashRing ring() {
            return ring;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            long h = Hashing.hash64(request.key());
            Endpoint chosen = ring.lookup(h, Untried.skipped(endpoints, request));
            if (why != null) {
                int i = ring.indexOf(h);
                why.add(Reason.of(
                        "why.consistentHash.rule",
                        "consistent hashing: first ring point clockwise from hash({0})",
                        request.key()));
                why.add(Reason.of(
                        "why.consistentHash.point",
                        "hash {0} -> point #{1} at {2}, owner {3}",
                        Hashing.hex(h),
                        i,
                        Hashing.hex(ring.points().get(i).position()),
                        ring.points().get(i).owner().id()));
                why.add(Reason.of("why.tried", "tried {0} -> {1}", request.tried(), chosen.id()));
            }
            return chosen;
        }
    }
}
