package dev.balancelab.balancing;

import dev.balancelab.domain.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the eligible endpoint with the lowest score (least connections and its variants); a {@link TieBreak}
 * chooses among endpoints tied at the lowest score. The tie-break and its state are shared by every picker generation
 * of one balancer, like smooth weighted round robin's current weights ({@link SmoothWeightedRoundRobin}).
 */
final class LeastScorePicker extends AbstractPicker {
    private final Reason rule;
    private final ToDoubleFunction<Endpoint> score;
    private final TieBreak ties;

    /**
     * @param previous the previous generation of the same algorithm, whose tie-break this one shares if it is a
     *     {@code LeastScorePicker}
     * @param endpoints the endpoints
     * @param rule the first reason line, naming the score
     * @param score the score of one endpoint; lower is better
     * @param newTies the tie-break of a first generation
     */
    LeastScorePicker(
            Picker previous,
            List<Endpoint> endpoints,
            Reason rule,
            ToDoubleFunction<Endpoint> score,
            Supplier<TieBreak> newTies) {
        super(endpoints);
        this.ties = previous instanceof LeastScorePicker p ? p.ties : newTies.get();
        this.rule = rule;
        this.score = score;
    }

    @Override
    Endpoint choose(Request request, List<Reason> why) {
        List<Endpoint> tied = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        StringBuilder compared = why == null ? null : new StringBuilder();
        for (Endpoint e : Untried.eligible(endpoints, request)) {
            double s = score.applyAsDouble(e);
            if (tied.isEmpty() || s < lowest) {
                tied.clear();
                lowest = s;
            }
            if (s == lowest) {
                tied.add(e);
            }
            if (compared != null) {
                compared.append(' ').append(e.id()).append('=').append(format(s));
            }
        }
        Endpoint best = ties.choose(tied);
        if (why != null) {
            why.add(rule);
            why.add(Reason.of("why.least.compared", "compared:{0}", compared));
            if (tied.size() > 1) {
                why.add(ties.rule(tied.stream().map(e -> e.id().value()).toList()));
            }
            why.add(Reason.of("why.least.lowest", "lowest: {0}", best.id()));
        }
        return best;
    }

    private static String format(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.3f", s);
    }
}
