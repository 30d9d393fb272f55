package dev.balancelab.domain;

import java.util.Objects;

/**
 * One timed event of a scenario, for example "at 3000 ms kill s2".
 *
 * @param atMs lab time from the start of traffic, in ms, &gt;= 0
 * @param type what happens
 * @param server the server it happens to
 */
public record ScenarioEvent(long atMs, ScenarioEventType type, ServerId server) {
    /** @throws IllegalArgumentException if {@code atMs} is negative */
    public ScenarioEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(server, "server");
        Checks.atLeast("atMs", atMs, 0);
    }
}
