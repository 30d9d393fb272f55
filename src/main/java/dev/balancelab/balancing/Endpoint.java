package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.Objects;

/**
 * A server as a {@link Picker} sees it: its id, its effective weight and its live load.
 *
 * @param id the server
 * @param weight effective weight, &gt;= 1 (may be below the configured weight during slow start)
 * @param stats live load, shared with the engine
 */
public record Endpoint(ServerId id, int weight, LoadStats stats) {
    /** @throws IllegalArgumentException if {@code weight} &lt; 1 */
    public Endpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stats, "stats");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be >= 1, was " + weight);
        }
    }
}
