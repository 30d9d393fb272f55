package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The "skip servers already tried" rule shared by every picker: a retry avoids the servers in {@link Request#tried()}
 * while any other server is left; once every server has been tried, any server may be chosen again.
 */
final class Untried {
    private Untried() {}

    /** The ids to skip: {@code request.tried()} while some endpoint is untried, otherwise none. */
    static Set<ServerId> skipped(List<Endpoint> endpoints, Request request) {
        Set<ServerId> tried = request.tried();
        if (tried.isEmpty()) {
            return tried;
        }
        for (Endpoint e : endpoints) {
            if (!tried.contains(e.id())) {
                return tried;
            }
        }
        return Set.of();
    }

    /** The endpoints a pick may choose from, in order: the untried ones, or all of them if none is untried. */
    static List<Endpoint> eligible(List<Endpoint> endpoints, Request request) {
        Set<ServerId> skip = skipped(endpoints, request);
        if (skip.isEmpty()) {
            return endpoints;
        }
        List<Endpoint> left = new ArrayList<>(endpoints.size());
        for (Endpoint e : endpoints) {
            if (!skip.contains(e.id())) {
                left.add(e);
            }
        }
        return left;
    }

    /**
     * Walks a sequence of owners (ring points, table slots, indices) and returns the first one not skipped; the
     * first step if all are skipped.
     *
     * @param length the number of steps, &gt; 0
     * @param step the owner at step {@code i}, for {@code i} in {@code [0, length)}
     * @param skip ids to pass over
     */
    static Endpoint walk(int length, IntFunction<Endpoint> step, Set<ServerId> skip) {
        for (int i = 0; i < length; i++) {
            Endpoint e = step.apply(i);
            if (!skip.contains(e.id())) {
                return e;
            }
        }
        return step.apply(0);
    }
}
