package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round robin: the i-th pick goes to endpoint {@code i mod N}, ignoring weights (nginx {@code upstream} with equal
 * weights, {@code ngx_http_upstream_round_robin.c}; HAProxy {@code balance roundrobin}). On a retry it moves on to
 * the next endpoint not yet tried. The cursor is an {@link AtomicLong}, so concurrent picks never lock.
 *
 * <p>Every picker generation of one balancer shares the cursor ({@link #nextPicker}), as grpc-java's
 * {@code RoundRobinLoadBalancer} hands one {@code AtomicInteger} sequence to each new picker: a rebuild over the same
 * servers (a weight change) continues with the next server instead of starting again at the first, and a rebuild
 * over a changed set continues at {@code cursor mod N} of the new set.
 */
public final class RoundRobin implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.ROUND_ROBIN;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker sharing {@code previous}'s cursor, or starting at 0 if there is none. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new CursorPicker(endpoints, previous instanceof CursorPicker p ? p.cursor : new AtomicLong());
    }

    private static final class CursorPicker extends AbstractPicker {
        private final AtomicLong cursor;

        CursorPicker(List<Endpoint> endpoints, AtomicLong cursor) {
            super(endpoints);
            this.cursor = cursor;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            int n = endpoints.size();
            long start = cursor.getAndIncrement();
            Endpoint chosen =
                    Untried.walk(n, i -> endpoints.get((int) ((start + i) % n)), Untried.skipped(endpoints, request));
            if (why != null) {
                why.add(Reason.of(
                        "why.roundRobin.cursor", "round robin: cursor {0} mod {1} = {2}", start, n, start % n));
                why.add(Reason.of("why.tried", "tried {0} -> {1}", request.tried(), chosen.id()));
            }
            return chosen;
        }
    }
}
