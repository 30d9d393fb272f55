package dev.balancelab.balancing;

import java.util.List;

/**
 * A pick together with the reasons for it, in the algorithm's own state ("Why this server?").
 *
 * @param chosen the chosen endpoint, or null if there was none to choose
 * @param reasons human-readable lines, first the rule, then the state it looked at
 */
public record Decision(Endpoint chosen, List<String> reasons) {
    /** Copies {@code reasons}. */
    public Decision {
        reasons = List.copyOf(reasons);
    }
}
