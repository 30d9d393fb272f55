package dev.balancelab.domain;

/** What a timed scenario event does. */
public enum ScenarioEventType {
    /** Crash the target server. */
    KILL,
    /** Bring the target server back, empty. */
    REVIVE
}
