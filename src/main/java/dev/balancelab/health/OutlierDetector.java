package dev.balancelab.health;

import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.ServerId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Passive health checking with Envoy's outlier detection semantics: {@code consecutive_5xx} failed attempts in a row
 * eject a server for {@code base_ejection_time × (times ejected)}; no more than {@code max_ejection_percent} of servers
 * are ejected at once, though at least one may be. Not thread-safe: used by the serial control plane only; the caller
 * schedules the return with {@link #ejectionTimeMs} and calls {@link #uneject}.
 */
public final class OutlierDetector {
    private final OutlierDetectionSpec spec;
    private final int servers;
    private final Map<ServerId, Integer> consecutiveErrors = new HashMap<>();
    private final Map<ServerId, Integer> timesEjected = new HashMap<>();
    private final Set<ServerId> ejected = new HashSet<>();

    /**
     * @param spec thresholds
     * @param servers number of servers in the topology, for the max ejection percent
     */
    public OutlierDetector(OutlierDetectionSpec spec, int servers) {
        this.spec = spec;
        this.servers = servers;
    }

    /**
     * Records one attempt's result at {@code server}.
     *
     * @param ok whether it succeeded
     * @return true if this result ejects the server now
     */
    public boolean onResult(ServerId server, boolean ok) {
        if (!spec.enabled() || ejected.contains(server)) {
            return false;
        }
        if (ok) {
            consecutiveErrors.remove(server);
            return false;
        }
        int errors = consecutiveErrors.merge(server, 1, Integer::sum);
        if (errors < spec.consecutiveErrors() || ejected.size() >= maxEjected()) {
            return false;
        }
        ejected.add(server);
        consecutiveErrors.remove(server);
        timesEjected.merge(server, 1, Integer::sum);
        return true;
    }

    /** Most servers ejected at once: {@code max(1, floor(percent × servers / 100))}. */
    public int maxEjected() {
        return Math.max(1, (int) (spec.maxEjectionPercent() * servers / 100));
    }

    /** How long the current ejection of {@code server} lasts, in lab ms: base × times ejected. */
    public long ejectionTimeMs(ServerId server) {
        return spec.baseEjectionTimeMs() * timesEjected.getOrDefault(server, 1);
    }

    /** Returns an ejected server to the balancer. */
    public void uneject(ServerId server) {
        ejected.remove(server);
    }

    /** Whether {@code server} is ejected now. */
    public boolean isEjected(ServerId server) {
        return ejected.contains(server);
    }
}
