package dev.balancelab.domain;

import java.util.Objects;

/**
 * One node of the {@link StorageSpec storage tier}: a replica that answers a read or write after {@code latencyMs}
 * while it runs, and refuses at once (connection refused) while it is killed.
 *
 * @param id unique among the servers and storage nodes, for example {@code db1}
 * @param name display name
 * @param latencyMs how long a read or write takes on this node, in ms at lab speed 1×,
 *     {@code 0..}{@link Limits#MAX_STORAGE_LATENCY_MS}
 * @param position where the node is drawn
 */
public record StorageNodeSpec(ServerId id, String name, double latencyMs, Position position) {
    /** The default latency of files and editor: 2 ms. */
    public static final double DEFAULT_LATENCY_MS = 2;

    /** @throws IllegalArgumentException if {@code latencyMs} is out of range */
    public StorageNodeSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Checks.atLeast("latencyMs", latencyMs, 0);
        Checks.atMost("latencyMs", latencyMs, Limits.MAX_STORAGE_LATENCY_MS);
    }

    /** A node with every setting at its default: named after its id, {@link #DEFAULT_LATENCY_MS}. */
    public static StorageNodeSpec defaults(ServerId id, Position position) {
        return new StorageNodeSpec(id, id.value(), DEFAULT_LATENCY_MS, position);
    }

    /** A copy with another {@code name}. */
    public StorageNodeSpec withName(String value) {
        return new StorageNodeSpec(id, value, latencyMs, position);
    }

    /** A copy with another {@code latencyMs}, checked as the constructor checks it. */
    public StorageNodeSpec withLatencyMs(double value) {
        return new StorageNodeSpec(id, name, value, position);
    }

    /** A copy drawn at another position. */
    public StorageNodeSpec withPosition(Position value) {
        return new StorageNodeSpec(id, name, latencyMs, value);
    }
}
