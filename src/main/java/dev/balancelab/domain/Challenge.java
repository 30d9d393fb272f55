package dev.balancelab.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A graded exercise in a lesson file: a goal, the settings the student may change, and bounds that a headless,
 * virtual-time run of the lesson (its own scenario included) must meet.
 *
 * @param goal what to achieve, for example "keep p99 under 400 ms and no failures while s1 dies at 10 s"
 * @param knobs the settings the student may change
 * @param durationMs lab time the check runs, ms, 1..{@link #MAX_DURATION_MS}
 * @param seed the run's seed
 * @param bounds every bound must hold to pass; at least one
 */
public record Challenge(LocalizedText goal, Set<ChallengeKnob> knobs, long durationMs, long seed, List<Bound> bounds) {
    /**
     * An upper bound on one figure.
     *
     * @param metric the figure
     * @param max the largest value that passes
     */
    public record Bound(ChallengeMetric metric, double max) {
        /** @throws NullPointerException without a metric */
        public Bound {
            Objects.requireNonNull(metric, "metric");
        }
    }

    /** Longest lab time a check runs, ms (ten minutes: a few seconds of virtual time at the lab's rates). */
    public static final long MAX_DURATION_MS = 600_000;

    /** Most bounds one challenge holds. */
    public static final int MAX_BOUNDS = 20;

    /** @throws IllegalArgumentException without bounds or with a duration out of range */
    public Challenge {
        Objects.requireNonNull(goal, "goal");
        knobs = Set.copyOf(knobs);
        bounds = List.copyOf(bounds);
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("a challenge needs at least one bound");
        }
        if (durationMs < 1 || durationMs > MAX_DURATION_MS) {
            throw new IllegalArgumentException("durationMs must be 1.." + MAX_DURATION_MS + ", was " + durationMs);
        }
    }
}
