package dev.balancelab.domain;

/** The kinds of failure a server can be put into, from the UI, a topology file or a scenario. */
public enum FailureKind {
    /** Healthy: answers requests and heartbeats. */
    NONE,
    /** Stops answering requests and heartbeats; in-flight work fails (connection reset). */
    CRASH
}
