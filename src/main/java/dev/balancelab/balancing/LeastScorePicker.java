package dev.balancelab.balancing;

import dev.balancelab.domain.Reason;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the eligible endpoint with the lowest score (least connections and its variants). Ties are broken by round
 * robin: each pick starts its scan one endpoint later than the previous pick, and the first endpoint with the lowest
 * score wins, so equally loaded servers take turns instead of the first one taking everything. The tie-break cursor
 * is shared by every picker generation of one balancer, like the round-robin cursor ({@link RoundRobin}).
 */
final class LeastScorePicker extends AbstractPicker {
    private final Reason rule;
    private final ToDoubleFunction<Endpoint> score;
    private final AtomicLong cursor;

    /**
     * @param previous the previous generation, whose cursor this one shares if it is a {@code LeastScorePicker}
     * @param endpoints the endpoints
     * @param rule the first reason line, naming the score
     * @param score the score of one endpoint; lower is better
     */
    LeastScorePicker(Picker previous, List<Endpoint> endpoints, Reason rule, ToDoubleFunction<Endpoint> score) {
        super(endpoints);
        this.cursor = previous instanceof LeastScorePicker p ? p.cursor : new AtomicLong();
        this.rule = rule;
        this.score = score;
    }

    @Override
    Endpoint choose(Request request, List<Reason> why) {
        List<Endpoint> eligible = Untried.eligible(endpoints, request);
        int n = eligible.size();
        int start = (int) (cursor.getAndIncrement() % n);
        Endpoint best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        StringBuilder compared = why == null ? null : new StringBuilder();
        for (int i = 0; i < n; i++) {
            Endpoint e = eligible.get((start + i) % n);
            double s = score.applyAsDouble(e);
            if (best == null || s < bestScore) {
                best = e;
                bestScore = s;
            }
            if (compared != null) {
                compared.append(' ').append(e.id()).append('=').append(format(s));
            }
        }
        if (why != null) {
            why.add(rule);
            why.add(Reason.of("why.least.compared", "compared (scan from {0}):{1}", start, compared));
            why.add(Reason.of("why.least.lowest", "lowest: {0}", best.id()));
        }
        return best;
    }

    private static String format(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.3f", s);
    }
}
