package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * Least connections: the eligible endpoint with the fewest attempts in flight ({@link LoadStats#inFlight()}),
 * ignoring weights (HAProxy {@code balance leastconn}). Ties are broken by round robin: the scan starts one endpoint
 * later on each pick and the first endpoint with the fewest in flight wins.
 */
public final class LeastConnections implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.LEAST_CONNECTIONS;
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
                Reason.of("why.leastConnections.rule", "least connections: fewest in flight"),
                e -> e.stats().inFlight());
    }
}
