package dev.balancelab.domain;

import java.util.Objects;

/**
 * A lab that changed a setting its challenge does not let the student change.
 *
 * @param field the first such field, as the file names it ({@code servers[2].serviceTime.meanMs})
 * @param original its value in the challenge's original lesson, {@code absent} when it had none
 * @param now its value in the lab checked, {@code absent} when it has none
 */
public record KnobViolation(String field, String original, String now) {
    /** @throws NullPointerException on a null part */
    public KnobViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(now, "now");
    }

    /** {@code servers[2].serviceTime.meanMs: 100 -> 50}. */
    @Override
    public String toString() {
        return field + ": " + original + " -> " + now;
    }
}
