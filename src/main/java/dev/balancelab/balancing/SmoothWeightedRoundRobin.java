package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.Set;

/**
 * Smooth weighted round robin, as nginx does it ({@code ngx_http_upstream_get_peer} in
 * {@code src/http/ngx_http_upstream_round_robin.c}): each pick adds every eligible endpoint's weight to its current
 * weight, chooses the endpoint with the largest current weight (the first one in topology order on a tie) and
 * subtracts the total eligible weight from the chosen one. Over a cycle of {@code sum(weights)} picks each endpoint is
 * chosen exactly {@code weight} times, spread out: weights 5, 1, 1 give {@code a a b a c a a}, as nginx 1.22 sends
 * ({@code docs/fidelity.md}). HAProxy's {@code balance roundrobin} ({@code src/lb_fwrr.c}) gives the same shares per
 * cycle in another order, {@code a a a b a a c}; the HAProxy export says so.
 *
 * <p>Weights are the {@link Endpoint#weight()} values (nginx's {@code effective_weight}; slow start lowers them). Tried
 * endpoints are skipped and their current weight left unchanged, as in nginx. Current weights and totals are
 * {@code long}, so any {@code int} weights work without overflow.
 *
 * <p>Current weights are kept per server id and shared by every picker generation of one balancer
 * ({@link #nextPicker}), as nginx keeps {@code current_weight} in the peer structure itself rather than in the
 * per-request state: a weight change keeps every server's current weight, so the sequence continues smoothly under
 * the new weights; a server that becomes unavailable keeps its current weight frozen, as nginx skips a down or failed
 * peer without touching it, and resumes with it when it comes back; a server never seen before starts at 0. Picks lock
 * the shared current weights.
 */
public final class SmoothWeightedRoundRobin implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.WEIGHTED_ROUND_ROBIN;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker sharing {@code previous}'s current weights by server id, or starting them all at 0. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new SwrrPicker(endpoints, previous instanceof SwrrPicker p ? p.weights : new CurrentWeights());
    }

    private static final class SwrrPicker extends AbstractPicker {
        private final CurrentWeights weights;
        private final int[] slot;

        SwrrPicker(List<Endpoint> endpoints, CurrentWeights weights) {
            super(endpoints);
            this.weights = weights;
            this.slot = weights.slotsOf(this.endpoints);
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            synchronized (weights) {
                return choose(Untried.skipped(endpoints, request), why);
            }
        }

        private Endpoint choose(Set<ServerId> skip, List<Reason> why) {
            String before = why == null ? null : currentWeights(-1, 0);
            int best = weights.step(endpoints, slot, skip);
            if (why != null) {
                long total = 0;
                for (Endpoint e : endpoints) {
                    total += skip.contains(e.id()) ? 0 : e.weight();
                }
                why.add(Reason.of(
                        "why.swrr.rule",
                        "smooth weighted round robin: add weights, pick the largest, subtract the total"));
                why.add(Reason.of("why.swrr.before", "current before: {0}", before));
                why.add(Reason.of(
                        "why.swrr.added",
                        "after adding: {0} -> {1}",
                        currentWeights(best, total),
                        endpoints.get(best).id()));
                why.add(Reason.of("why.swrr.subtracted", "after subtracting {0}: {1}", total, currentWeights(-1, 0)));
            }
            return endpoints.get(best);
        }

        /** The current weights, with {@code total} added back to endpoint {@code chosen} (none if -1). */
        private String currentWeights(int chosen, long total) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < slot.length; i++) {
                sb.append(i == 0 ? "" : " ")
                        .append(endpoints.get(i).id())
                        .append('=')
                        .append(weights.current(slot[i]) + (i == chosen ? total : 0));
            }
            return sb.toString();
        }
    }
}
