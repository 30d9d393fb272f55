package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;
import java.util.Random;

/**
 * Power of two choices: draw two distinct eligible endpoints uniformly at random and send to the one with fewer
 * attempts in flight; on a tie, the first drawn (Mitzenmacher, "The Power of Two Choices in Randomized Load
 * Balancing", IEEE TPDS 2001; Envoy {@code LEAST_REQUEST} with {@code choice_count 2}). For n requests into n servers
 * the maximum load drops from about {@code ln n / ln ln n} (random) to {@code ln ln n / ln 2 + O(1)}. With one eligible
 * endpoint it is chosen. Seeded from {@link PickerConfig#seed()}; every picker generation of one balancer draws on
 * from the same sequence ({@link #nextPicker}). Weights are ignored.
 */
public final class PowerOfTwoChoices implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.POWER_OF_TWO_CHOICES;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker drawing on from {@code previous}'s random sequence, or a new one seeded from the config. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return new TwoChoicePicker(
                endpoints, previous instanceof TwoChoicePicker p ? p.random : new Random(config.seed()));
    }

    private static final class TwoChoicePicker extends AbstractPicker {
        private final Random random;

        TwoChoicePicker(List<Endpoint> endpoints, Random random) {
            super(endpoints);
            this.random = random;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            List<Endpoint> eligible = Untried.eligible(endpoints, request);
            int n = eligible.size();
            if (n == 1) {
                if (why != null) {
                    why.add(Reason.of(
                            "why.p2c.only",
                            "power of two choices: only {0} is eligible",
                            eligible.get(0).id()));
                }
                return eligible.get(0);
            }
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            Endpoint a = eligible.get(i);
            Endpoint b = eligible.get(j >= i ? j + 1 : j);
            int loadA = a.stats().inFlight();
            int loadB = b.stats().inFlight();
            Endpoint chosen = loadB < loadA ? b : a;
            if (why != null) {
                why.add(Reason.of(
                        "why.p2c.rule", "power of two choices: two distinct random candidates, fewer in flight wins"));
                why.add(Reason.of(
                        "why.p2c.candidates",
                        "candidates {0} ({1} in flight), {2} ({3} in flight) -> {4}",
                        a.id(),
                        loadA,
                        b.id(),
                        loadB,
                        chosen.id()));
            }
            return chosen;
        }
    }
}
