package dev.balancelab.domain;

/** Shape of a server's service-time distribution. */
public enum Distribution {
    /** Every request takes exactly the mean. */
    FIXED,
    /** Exponentially distributed around the mean (memoryless, as in an M/M/c queue). */
    EXPONENTIAL
}
