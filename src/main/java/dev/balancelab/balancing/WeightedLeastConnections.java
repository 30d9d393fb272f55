package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * Weighted least connections: the eligible endpoint with the lowest {@code inFlight / weight} (nginx
 * {@code least_conn}, {@code ngx_http_upstream_least_conn_module.c}, which compares {@code conns * weight} crosswise).
 * Ties are broken by round robin, as in {@link LeastConnections}.
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

    /** A picker that breaks ties on from where {@code previous} left off. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new LeastScorePicker(
                previous,
                endpoints,
                Reason.of("why.weightedLeastConnections.rule", "weighted least connections: lowest inFlight / weight"),
                e -> e.stats().inFlight() / (double) e.weight());
    }
}
