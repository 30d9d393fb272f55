package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.Set;

/**
 * Smooth weighted round robin, as nginx does it ({@code ngx_http_upstream_get_peer} in
 * {@code src/http/ngx_http_upstream_round_robin.c}): each pick adds every eligible endpoint's weight to its current
 * weight, chooses the endpoint with the largest current weight (the first one in topology order on a tie) and
 * subtracts the total eligible weight from the chosen one. Over a cycle of {@code sum(weights)} picks each endpoint is
 * chosen exactly {@code weight} times, spread out: weights 5, 1, 1 give {@code a a b a c a a}.
 *
 * <p>Weights are the {@link Endpoint#weight()} values (nginx's {@code effective_weight}; slow start lowers them). Tried
 * endpoints are skipped and their current weight left unchanged, as in nginx. Current weights live in the picker
 * snapshot and start at 0 whenever the control plane builds a new one. {@code pick} is {@code synchronized}: the
 * current weights are shared mutable state.
 */
public final class SmoothWeightedRoundRobin implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.WEIGHTED_ROUND_ROBIN;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new SwrrPicker(endpoints);
    }

    private static final class SwrrPicker extends AbstractPicker {
        private final long[] current;

        SwrrPicker(List<Endpoint> endpoints) {
            super(endpoints);
            current = new long[endpoints.size()];
        }

        @Override
        synchronized Endpoint choose(Request request, List<String> why) {
            Set<ServerId> skip = Untried.skipped(endpoints, request);
            if (why != null) {
                why.add("smooth weighted round robin: add weights, pick the largest, subtract the total");
                why.add("current before: " + currentWeights());
            }
            int best = -1;
            long total = 0;
            for (int i = 0; i < current.length; i++) {
                Endpoint e = endpoints.get(i);
                if (skip.contains(e.id())) {
                    continue;
                }
                current[i] += e.weight();
                total += e.weight();
                if (best < 0 || current[i] > current[best]) {
                    best = i;
                }
            }
            if (why != null) {
                why.add("after adding: " + currentWeights() + " -> "
                        + endpoints.get(best).id());
            }
            current[best] -= total;
            if (why != null) {
                why.add("after subtracting " + total + ": " + currentWeights());
            }
            return endpoints.get(best);
        }

        private String currentWeights() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < current.length; i++) {
                sb.append(i == 0 ? "" : " ")
                        .append(endpoints.get(i).id())
                        .append('=')
                        .append(current[i]);
            }
            return sb.toString();
        }
    }
}
