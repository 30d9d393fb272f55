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

    /**
     * Builds the next picker generation of one balancer, carrying over from {@code previous} the state that must
     * survive a rebuild: a round-robin cursor, smooth-WRR current weights, a random sequence. {@link LoadBalancer}
     * calls it on every rebuild while the algorithm stays the same. Stateless algorithms (the hashing ones, whose
     * choice depends on the key alone) build a fresh picker, the default.
     *
     * @param previous the picker this algorithm built last for the same balancer, or null for the first generation
     * @param endpoints available servers in topology order, possibly empty
     * @param config parameters and seed, the same as for {@code previous}
     * @return a new picker; never null
     */
    default Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        return newPicker(endpoints, config);
    }
}
