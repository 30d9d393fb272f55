package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import java.util.List;

/** One balancing algorithm: a factory of {@link Picker} snapshots. Implementations are stateless and thread-safe. */
public interface Algorithm {
    /** Which algorithm this is; its id, label and description come from there. */
    AlgorithmKind kind();

    /**
     * Builds a picker over {@code endpoints}.
     *
     * @param endpoints available servers in topology order, possibly empty
     * @param config parameters and seed
     * @return a new picker; never null
     */
    Picker newPicker(List<Endpoint> endpoints, PickerConfig config);
}
