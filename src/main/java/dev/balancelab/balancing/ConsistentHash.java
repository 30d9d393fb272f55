package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
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
        Endpoint choose(Request request, List<String> why) {
            long h = Hashing.hash64(request.key());
            Endpoint chosen = ring.lookup(h, Untried.skipped(endpoints, request));
            if (why != null) {
                int i = ring.indexOf(h);
                why.add("consistent hashing: first ring point clockwise from hash(" + request.key() + ")");
                why.add(String.format(
                        "hash %016x -> point #%d at %016x, owner %s",
                        h,
                        i,
                        ring.points().get(i).position(),
                        ring.points().get(i).owner().id()));
                why.add("tried " + request.tried() + " -> " + chosen.id());
            }
            return chosen;
        }
    }
}
