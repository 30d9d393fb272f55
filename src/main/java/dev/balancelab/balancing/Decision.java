package dev.balancelab.balancing;

import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * A pick together with the reasons for it, in the algorithm's own state ("Why this server?").
 *
 * @param chosen the chosen endpoint, or null if there was none to choose
 * @param explanation the lines, first the rule, then the state it looked at; translatable ({@link Reason})
 */
public record Decision(Endpoint chosen, List<Reason> explanation) {
    /** Copies {@code explanation}. */
    public Decision {
        explanation = List.copyOf(explanation);
    }

    /** The explanation in English, one line each (CLI, tests). */
    public List<String> reasons() {
        return explanation.stream().map(Reason::text).toList();
    }
}
