package dev.balancelab.balancing;

import java.util.List;

/**
 * Random: each pick chooses an eligible endpoint uniformly, ignoring weights. Same draw as {@link WeightedRandom} with
 * every weight 1; seeded from {@link PickerConfig#seed()}.
 */
public final class UniformRandom implements Algorithm {
    @Override
    public String name() {
        return "random";
    }

    @Override
    public String displayName() {
        return "Random";
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new WeightedRandom.DrawPicker(endpoints, config.seed(), e -> 1);
    }
}
