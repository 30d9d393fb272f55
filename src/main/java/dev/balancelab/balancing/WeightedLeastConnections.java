package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * Weighted least connections: the eligible endpoint with the lowest {@code inFlight / weight} (nginx
 * {@code least_conn}, {@code ngx_http_upstream_least_conn_module.c}, which compares {@code conns * weight} crosswise).
 * Ties are broken as nginx does ({@link TieBreak.SmoothWeighted}): smooth weighted round robin among the tied
 * endpoints, so all idle with weights 5/1/1 the picks are {@code a a b a c a a}, and three idle servers beside one
 * busy one share 300 requests 100/100/100 (equal weights).
 *
 * <p>Difference from nginx: nginx's tie current weights are the same per-peer {@code current_weight} its round robin
 * uses; here they belong to this algorithm and start at 0 when a balancer switches to it.
 */
public final class WeightedLeastConnections implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.WEIGHTED_LEAST_CONNECTIONS;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker that shares {@code previous}'s tie current weights. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new LeastScorePicker(
                previous,
                endpoints,
                Reason.of("why.weightedLeastConnections.rule", "weighted least connections: lowest inFlight / weight"),
                e -> e.stats().inFlight() / (double) e.weight(),
                TieBreak.SmoothWeighted::new);
    }
}
