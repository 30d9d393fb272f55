package dev.balancelab.domain;

/** Argument checks shared by the domain records; messages name the field and the rule. */
final class Checks {
    private Checks() {}

    static void positive(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
    }

    static void atLeast(String field, double value, double min) {
        if (!(value >= min)) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
        }
    }

    static void atMost(String field, double value, double max) {
        if (!(value <= max)) {
            throw new IllegalArgumentException(field + " must be <= " + max + ", was " + value);
        }
    }
}
