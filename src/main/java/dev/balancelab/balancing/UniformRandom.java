package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;
import java.util.Random;

/**
 * Random: each pick chooses an eligible endpoint uniformly, ignoring weights, with one index draw (constant time in
 * the number of servers); seeded from {@link PickerConfig#seed()}. HAProxy {@code balance random} without weights.
 * Every picker generation of one balancer draws on from the same sequence ({@link #nextPicker}) instead of replaying
 * it from the seed after each rebuild.
 */
public final class UniformRandom implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.RANDOM;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker drawing on from {@code previous}'s random sequence, or a new one seeded from the config. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new IndexPicker(endpoints, previous instanceof IndexPicker p ? p.random : new Random(config.seed()));
    }

    private static final class IndexPicker extends AbstractPicker {
        private final Random random;

        IndexPicker(List<Endpoint> endpoints, Random random) {
            super(endpoints);
            this.random = random;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            List<Endpoint> eligible = Untried.eligible(endpoints, request);
            int i = random.nextInt(eligible.size());
            if (why != null) {
                why.add(Reason.of(
                        "why.random.draw",
                        "uniform draw {0} in [0, {1}) over the eligible servers",
                        i,
                        eligible.size()));
            }
            return eligible.get(i);
        }
    }
}
