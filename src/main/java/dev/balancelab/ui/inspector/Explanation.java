package dev.balancelab.ui.inspector;

import java.util.List;

/**
 * One explained pick, ready to show.
 *
 * @param heading request, attempt and key, for example "Request #12 · attempt 1 · key user-17"
 * @param algorithm the algorithm's display name
 * @param reasons the algorithm's own explanation, one line each
 * @param chosen the chosen server's name, or "no server available"
 * @param serverIndex the chosen server's index in topology order (its colour), or -1 if none
 */
public record Explanation(String heading, String algorithm, List<String> reasons, String chosen, int serverIndex) {
    /** Copies {@code reasons}. */
    public Explanation {
        reasons = List.copyOf(reasons);
    }
}
