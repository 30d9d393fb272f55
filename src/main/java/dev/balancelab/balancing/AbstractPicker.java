package dev.balancelab.balancing;

import dev.balancelab.domain.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of every picker: holds the endpoints, answers null when there are none, and runs one {@link #choose} for both
 * {@link #pick} and {@link #decide}, so the explained choice cannot differ from the fast one.
 */
abstract class AbstractPicker implements Picker {
    /** The endpoints, in topology order; immutable. */
    protected final List<Endpoint> endpoints;

    AbstractPicker(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    @Override
    public final Endpoint pick(Request request) {
        return endpoints.isEmpty() ? null : choose(request, null);
    }

    @Override
    public final Decision decide(Request request) {
        if (endpoints.isEmpty()) {
            return new Decision(null, List.of(Reason.of("why.noServer", "no server available")));
        }
        List<Reason> why = new ArrayList<>();
        Endpoint chosen = choose(request, why);
        return new Decision(chosen, why);
    }

    @Override
    public final List<Endpoint> endpoints() {
        return endpoints;
    }

    /**
     * Chooses among the non-empty {@link #endpoints}.
     *
     * @param request the request
     * @param why where to add reason lines, or null when no explanation is wanted (the fast path)
     * @return the chosen endpoint, never null
     */
    abstract Endpoint choose(Request request, List<Reason> why);
}
