package dev.balancelab.balancing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round robin: the i-th pick goes to endpoint {@code i mod N}, ignoring weights (nginx {@code upstream} with equal
 * weights; HAProxy {@code balance roundrobin}). On a retry it moves on to the next endpoint not yet tried.
 */
public final class RoundRobin implements Algorithm {
    @Override
    public String name() {
        return "round-robin";
    }

    @Override
    public String displayName() {
        return "Round robin";
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new CursorPicker(endpoints);
    }

    private static final class CursorPicker implements Picker {
        private final List<Endpoint> endpoints;
        private final AtomicLong cursor = new AtomicLong();

        CursorPicker(List<Endpoint> endpoints) {
            this.endpoints = List.copyOf(endpoints);
        }

        @Override
        public Endpoint pick(Request request) {
            int n = endpoints.size();
            if (n == 0) {
                return null;
            }
            long start = cursor.getAndIncrement();
            for (int i = 0; i < n; i++) {
                Endpoint e = endpoints.get((int) ((start + i) % n));
                if (!request.tried().contains(e.id())) {
                    return e;
                }
            }
            return endpoints.get((int) (start % n));
        }

        @Override
        public List<Endpoint> endpoints() {
            return endpoints;
        }
    }
}
