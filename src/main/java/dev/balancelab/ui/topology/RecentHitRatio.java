package dev.balancelab.ui.topology;

import dev.balancelab.telemetry.CacheCounts;
import java.util.ArrayDeque;

/**
 * A cache's hit ratio over its last few samples (the window samples five times a second, so about two seconds), so
 * that a card shows the dip after a failover and the recovery rather than the whole run's average.
 */
final class RecentHitRatio {
    /** Samples kept: the ratio covers the lookups since the oldest. */
    static final int SAMPLES = 10;

    private final ArrayDeque<CacheCounts> samples = new ArrayDeque<>();

    /**
     * Adds a sample of the cumulative counts.
     *
     * @return the hit ratio of the lookups since the oldest sample kept, in [0, 1]; the whole run's if there were none
     */
    double add(CacheCounts now) {
        samples.addLast(now);
        if (samples.size() > SAMPLES) {
            samples.removeFirst();
        }
        CacheCounts first = samples.getFirst();
        CacheCounts recent = new CacheCounts(now.hits() - first.hits(), now.misses() - first.misses());
        return recent.hits() + recent.misses() == 0 ? now.hitRatio() : recent.hitRatio();
    }
}
