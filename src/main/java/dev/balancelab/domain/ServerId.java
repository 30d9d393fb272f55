package dev.balancelab.domain;

import java.util.Objects;

/**
 * Identity of one backend server, unique within a {@link Topology} (for example {@code "s1"}).
 *
 * @param value the id text; never blank
 */
public record ServerId(String value) implements Comparable<ServerId> {
    /** @throws IllegalArgumentException if {@code value} is null or blank */
    public ServerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("server id must not be blank");
        }
    }

    /** Shorthand for {@code new ServerId(value)}. */
    public static ServerId of(String value) {
        return new ServerId(value);
    }

    @Override
    public int compareTo(ServerId other) {
        return value.compareTo(Objects.requireNonNull(other).value);
    }

    @Override
    public String toString() {
        return value;
    }
}
