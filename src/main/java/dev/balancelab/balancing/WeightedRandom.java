package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;
import java.util.Random;

/**
 * Weighted random: each pick chooses an eligible endpoint with probability {@code weight / sum(weights)}
 * (Apache Dubbo {@code RandomLoadBalance}). The draw is {@code r} uniform in {@code [0, total)}, then the first
 * endpoint whose cumulative weight exceeds {@code r}. Randomness comes from a {@link Random} seeded with
 * {@link PickerConfig#seed()} (thread-safe; the same seed replays the same sequence when picks are sequential). Every
 * picker generation of one balancer draws on from the same sequence ({@link #nextPicker}) instead of replaying it from
 * the seed after each rebuild. Weights are summed in {@code long}, so any {@code int} weights work.
 */
public final class WeightedRandom implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.WEIGHTED_RANDOM;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker drawing on from {@code previous}'s random sequence, or a new one seeded from the config. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new DrawPicker(endpoints, previous instanceof DrawPicker p ? p.random : new Random(config.seed()));
    }

    /** Draws an eligible endpoint with probability proportional to its weight. */
    private static final class DrawPicker extends AbstractPicker {
        private final Random random;

        DrawPicker(List<Endpoint> endpoints, Random random) {
            super(endpoints);
            this.random = random;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            List<Endpoint> eligible = Untried.eligible(endpoints, request);
            long total = 0;
            for (Endpoint e : eligible) {
                total += e.weight();
            }
            long r = random.nextLong(total);
            long cumulative = 0;
            for (Endpoint e : eligible) {
                cumulative += e.weight();
                if (r < cumulative) {
                    if (why != null) {
                        why.add(Reason.of(
                                "why.weightedRandom.draw",
                                "random draw {0} in [0, {1}) over {2} eligible",
                                r,
                                total,
                                eligible.size()));
                        why.add(Reason.of(
                                "why.weightedRandom.share",
                                "falls in {0}''s share, cumulative weight {1}",
                                e.id(),
                                cumulative));
                    }
                    return e;
                }
            }
            throw new AssertionError("draw " + r + " beyond total " + total);
        }
    }
}
