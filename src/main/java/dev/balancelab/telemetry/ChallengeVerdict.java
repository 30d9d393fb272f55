package dev.balancelab.telemetry;

import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.ChallengeMetric;
import java.util.ArrayList;
import java.util.List;

/**
 * A challenge's result: each bound with the figure measured at the end of the run and whether it held.
 *
 * @param lines one per bound, in the challenge's order
 */
public record ChallengeVerdict(List<Line> lines) {
    /**
     * One bound's result.
     *
     * @param bound the bound
     * @param measured the figure measured (NaN if the run gave none, for example no request ended)
     * @param passed {@code measured <= bound.max()}; false for NaN
     */
    public record Line(Challenge.Bound bound, double measured, boolean passed) {}

    /** Copies {@code lines}. */
    public ChallengeVerdict {
        lines = List.copyOf(lines);
    }

    /** Whether every bound held. */
    public boolean passed() {
        return lines.stream().allMatch(Line::passed);
    }

    /** Measures each of {@code challenge}'s bounds on a run's final snapshot and key tally. */
    public static ChallengeVerdict of(Challenge challenge, MetricsSnapshot snapshot, KeyTally keys) {
        List<Line> lines = new ArrayList<>();
        for (Challenge.Bound b : challenge.bounds()) {
            double measured = measure(b.metric(), snapshot, keys);
            lines.add(new Line(b, measured, measured <= b.max()));
        }
        return new ChallengeVerdict(lines);
    }

    /** One figure of a finished run. */
    static double measure(ChallengeMetric metric, MetricsSnapshot s, KeyTally keys) {
        Accounting.Counts c = s.counts();
        return switch (metric) {
            case P50_MS -> s.latency().p50Ms();
            case P95_MS -> s.latency().p95Ms();
            case P99_MS -> s.latency().p99Ms();
            case FAILED -> c.failed();
            case FAILED_PERCENT -> percent(c.failed(), c.sent());
            case RETRIES -> c.retries();
            case AMPLIFICATION -> c.sent() == 0 ? Double.NaN : c.attempts() / (double) c.sent();
            case FAIRNESS -> KeyTally.fairness(s.perServer());
            case KEYS_MOVED_PERCENT -> percent(keys.moved(), keys.keys());
        };
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }
}
