package dev.balancelab.domain;

import java.util.Objects;

/**
 * One timed event of a scenario, for example "at 10 s kill s2" or "at 40 s set rate 800".
 *
 * @param atMs lab time from the start of traffic, in ms, &gt;= 0
 * @param type what happens
 * @param server the server it happens to; null for {@link ScenarioEventType#SET_RATE}
 * @param value the new weight or rate for the {@code SET_} types, otherwise 0
 */
public record ScenarioEvent(long atMs, ScenarioEventType type, ServerId server, double value) {
    /** @throws IllegalArgumentException if {@code atMs} is negative or a server event has no server */
    public ScenarioEvent {
        Objects.requireNonNull(type, "type");
        Checks.atLeast("atMs", atMs, 0);
        if (type != ScenarioEventType.SET_RATE) {
            Objects.requireNonNull(server, "server");
        }
        Checks.atLeast("value", value, 0);
    }

    /** A kill or revive event. */
    public ScenarioEvent(long atMs, ScenarioEventType type, ServerId server) {
        this(atMs, type, server, 0);
    }
}
