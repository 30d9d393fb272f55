package dev.balancelab.domain;

/** A server's health as the balancer sees it. */
public enum HealthState {
    /** Passing health checks; the balancer may pick it. */
    UP,
    /** Still UP for the balancer, but at least one heartbeat in a row failed (HAProxy "UP, going down"). */
    SUSPECT,
    /** Failed {@code fall} heartbeats in a row; the balancer does not pick it until {@code rise} succeed. */
    DOWN,
    /**
     * Removed by outlier detection (passive health) for its ejection time. A display state for the window only: the
     * engine keeps ejection as a flag beside the active check's state, which is never EJECTED.
     */
    EJECTED;

    /** Whether the balancer may pick a server in this state. */
    public boolean available() {
        return this == UP || this == SUSPECT;
    }
}
