package dev.balancelab.domain;

import java.util.Objects;

/**
 * Something a guided lesson's step does when it is shown.
 *
 * @param type what to do
 * @param argument the server id for {@link Type#KILL} and {@link Type#REVIVE}, the tab for {@link Type#TAB}
 *     ({@code health}, {@code ring}, {@code charts}, {@code why}), the factor for {@link Type#SPEED}
 *     ({@code 0.1..4}); empty for {@link Type#START} and {@link Type#PAUSE}
 */
public record StepAction(Type type, String argument) {
    /** The actions a step can take. In files, lower case. */
    public enum Type {
        /** Lets lab time run. */
        START,
        /** Freezes lab time. */
        PAUSE,
        /** Kills a server (crash). */
        KILL,
        /** Revives a server. */
        REVIVE,
        /** Shows a tab of the side panel. */
        TAB,
        /** Sets the lab's speed. */
        SPEED
    }

    /** The tabs a {@link Type#TAB} action can show. */
    public static final java.util.List<String> TABS = java.util.List.of("health", "ring", "charts", "why");

    /** @throws NullPointerException without a type or argument */
    public StepAction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(argument, "argument");
    }
}
