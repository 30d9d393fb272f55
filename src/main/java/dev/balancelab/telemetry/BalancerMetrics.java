package dev.balancelab.telemetry;

import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One balancer's figures and its own view of the servers (issue 14): each balancer runs its own health checker, so
 * for a moment two balancers can disagree about a server.
 *
 * @param id the balancer's id
 * @param alive whether it runs
 * @param vipHolder whether it holds the virtual IP now (false without a VIP)
 * @param received requests clients handed to it (tries, client retries included)
 * @param completed of those, completed
 * @param failed of those, failed (after the balancer's own retries, or lost)
 * @param lost of those, in flight when it died (they fail at the client)
 * @param refused tries that found it down
 * @param view its health checker's state of each of its servers, in topology order ({@link HealthState#EJECTED}
 *     when outlier detection ejected one)
 */
public record BalancerMetrics(
        String id,
        boolean alive,
        boolean vipHolder,
        long received,
        long completed,
        long failed,
        long lost,
        long refused,
        Map<ServerId, HealthState> view) {
    /** Copies {@code view}, keeping its order. */
    public BalancerMetrics {
        view = Collections.unmodifiableMap(new LinkedHashMap<>(view));
    }
}
