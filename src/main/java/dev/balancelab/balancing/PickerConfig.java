package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmParams;
import java.util.Objects;

/**
 * What an {@link Algorithm} needs besides the endpoints to build a picker.
 *
 * @param params tuning parameters
 * @param seed seed for algorithms that draw random numbers, so a demo replays the same way
 */
public record PickerConfig(AlgorithmParams params, long seed) {
    /** @throws NullPointerException if {@code params} is null */
    public PickerConfig {
        Objects.requireNonNull(params, "params");
    }
}
