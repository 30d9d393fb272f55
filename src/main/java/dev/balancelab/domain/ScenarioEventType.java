package dev.balancelab.domain;

/** What a timed scenario event does. */
public enum ScenarioEventType {
    /** Crash the target server. */
    KILL,
    /** Bring the target server back, empty and healthy. */
    REVIVE,
    /** Set the target server's weight to the event's value. */
    SET_WEIGHT,
    /** Set the total offered load to the event's value, in requests/s (no target server). */
    SET_RATE
}
