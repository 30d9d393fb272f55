package dev.balancelab.domain;

/** The kinds of failure a server can be put into, from the UI, a topology file or a scenario. */
public enum FailureKind {
    /** Healthy: answers requests and heartbeats. */
    NONE,
    /** Stops answering requests and heartbeats; in-flight work fails (connection reset). */
    CRASH,
    /** Accepts work and heartbeats but never answers; only timeouts reveal it. */
    HANG,
    /** Service time multiplied by the failure's slow factor. */
    SLOW,
    /** A given fraction of requests fail fast with an error; heartbeats pass. */
    ERROR_RATE,
    /** Alternates between crashed and healthy every half period. */
    FLAPPING,
    /** Heartbeats answer but every request fails: active checks alone do not see it. */
    GRAY
}
