package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round robin: the i-th pick goes to endpoint {@code i mod N}, ignoring weights (nginx {@code upstream} with equal
 * weights, {@code ngx_http_upstream_round_robin.c}; HAProxy {@code balance roundrobin}). On a retry it moves on to
 * the next endpoint not yet tried. The cursor is an {@link AtomicLong}, so concurrent picks never lock.
 */
public final class RoundRobin implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.ROUND_ROBIN;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new CursorPicker(endpoints);
    }

    private static final class CursorPicker extends AbstractPicker {
        private final AtomicLong cursor = new AtomicLong();

        CursorPicker(List<Endpoint> endpoints) {
            super(endpoints);
        }

        @Override
        Endpoint choose(Request request, List<String> why) {
            int n = endpoints.size();
            long start = cursor.getAndIncrement();
            Endpoint chosen =
                    Untried.walk(n, i -> endpoints.get((int) ((start + i) % n)), Untried.skipped(endpoints, request));
            if (why != null) {
                why.add("round robin: cursor " + start + " mod " + n + " = " + start % n);
                why.add("tried " + request.tried() + " -> " + chosen.id());
            }
            return chosen;
        }
    }
}
