package dev.balancelab.telemetry;

/** How one attempt ended. */
public enum Outcome {
    /** The server served it. */
    OK,
    /** The server died while the attempt was queued or running (connection reset). */
    RESET,
    /** The server's queue was full, or it was not accepting work (connection refused). */
    REJECTED,
    /** The server answered with an error (error rate, gray failure). */
    ERROR,
    /** The per-try timeout passed before the server answered. */
    TIMEOUT,
    /** No server was available to pick. */
    NO_SERVER;

    /** Whether the attempt succeeded. */
    public boolean ok() {
        return this == OK;
    }
}
