package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * Least connections: the eligible endpoint with the fewest attempts in flight ({@link LoadStats#inFlight()}),
 * ignoring weights (HAProxy {@code balance leastconn}, {@code src/lb_fwlc.c}, with equal weights). Ties go to the
 * least recently picked endpoint, HAProxy's order ({@link TieBreak.LeastRecentlyPicked}): idle servers take turns
 * {@code a b c a b c}, and three idle servers beside one busy one share 300 requests 100/100/100.
 *
 * <p>Differences from HAProxy: HAProxy's key is {@code (inFlight + 1) / weight} for a busy server, so it weighs
 * busy servers by weight where this does not; HAProxy counts queued requests with those in flight; and it moves a
 * server behind its tie group again when a connection ends, where the lab does so on the pick.
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

    /** A picker that shares {@code previous}'s tie order. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new LeastScorePicker(
                previous,
                endpoints,
                Reason.of("why.leastConnections.rule", "least connections: fewest in flight"),
                e -> e.stats().inFlight(),
                TieBreak.LeastRecentlyPicked::new);
    }
}
