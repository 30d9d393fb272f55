package dev.balancelab.balancing;

import java.util.List;

/** One balancing algorithm: a factory of {@link Picker} snapshots. Implementations are stateless and thread-safe. */
public interface Algorithm {
    /** The kebab-case name used in files and on the command line, for example {@code "round-robin"}. */
    String name();

    /** The name shown in the window, for example {@code "Round robin"}. */
    String displayName();

    /**
     * Builds a picker over {@code endpoints}.
     *
     * @param endpoints available servers in topology order, possibly empty
     * @param config parameters and seed
     * @return a new picker; never null
     */
    Picker newPicker(List<Endpoint> endpoints, PickerConfig config);
}
