package dev.balancelab.telemetry;

import dev.balancelab.domain.ServerId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a run did to key affinity and load, tallied from {@link LabEvent.AttemptStarted} events: the server each key's
 * first attempts went to, and the keys that went to more than one server ("keys moved": a cache keyed by server loses
 * them). A hashing balancer moves only the keys of a server that left (about 1/N, Karger et al. 1997, section 4); round
 * robin moves nearly every key that is sent twice. Not thread-safe: feed it from one thread.
 */
public final class KeyTally implements Consumer<LabEvent> {
    private final Map<String, ServerId> lastServer = new HashMap<>();
    private final Set<String> moved = new HashSet<>();

    @Override
    public void accept(LabEvent event) {
        if (event instanceof LabEvent.AttemptStarted a && a.attempt() == 1) {
            ServerId before = lastServer.put(a.key(), a.server());
            if (before != null && !before.equals(a.server())) {
                moved.add(a.key());
            }
        }
    }

    /** Distinct keys sent so far. */
    public int keys() {
        return lastServer.size();
    }

    /** Keys whose first attempts went to more than one server. */
    public int moved() {
        return moved.size();
    }

    /**
     * The busiest server's requests (completed + failed) over the mean of all servers: 1 is perfectly even, 2 means
     * the busiest server took twice its share; NaN when no request ended.
     *
     * @param perServer per-server figures, as in {@link MetricsSnapshot#perServer()}
     */
    public static double fairness(Map<ServerId, ServerMetrics> perServer) {
        long max = 0;
        long sum = 0;
        for (ServerMetrics m : perServer.values()) {
            long load = m.completed() + m.failed();
            max = Math.max(max, load);
            sum += load;
        }
        return sum == 0 ? Double.NaN : max / (sum / (double) perServer.size());
    }
}
