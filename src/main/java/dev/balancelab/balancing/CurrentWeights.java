package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Smooth weighted round robin's current weights by server id: nginx's per-peer {@code current_weight}, shared by every
 * picker generation of one balancer. A server never seen before starts at 0. Guarded by itself: callers that read
 * {@link #current} around a {@link #step} hold its monitor.
 */
final class CurrentWeights {
    private final Map<ServerId, Integer> slots = new HashMap<>();
    private long[] current = new long[0];

    /** The slot of each endpoint's current weight, adding servers not seen before at 0. */
    synchronized int[] slotsOf(List<Endpoint> endpoints) {
        int[] slot = new int[endpoints.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = slots.computeIfAbsent(endpoints.get(i).id(), id -> slots.size());
        }
        if (slots.size() > current.length) {
            current = Arrays.copyOf(current, slots.size());
        }
        return slot;
    }

    /** The current weight in {@code slot}. */
    synchronized long current(int slot) {
        return current[slot];
    }

    /**
     * One step of {@code ngx_http_upstream_get_peer} ({@code ngx_http_upstream_round_robin.c}): adds each endpoint's
     * weight to its current weight, chooses the largest (the first in list order on a tie) and subtracts the total
     * from it. Endpoints in {@code skip} are passed over, their current weights unchanged.
     *
     * @param endpoints the candidates, at least one not in {@code skip}
     * @param slot their slots, from {@link #slotsOf}
     * @param skip ids to pass over
     * @return the index of the chosen endpoint in {@code endpoints}
     */
    synchronized int step(List<Endpoint> endpoints, int[] slot, Set<ServerId> skip) {
        int best = -1;
        long total = 0;
        for (int i = 0; i < slot.length; i++) {
            Endpoint e = endpoints.get(i);
            if (skip.contains(e.id())) {
                continue;
            }
            current[slot[i]] += e.weight();
            total += e.weight();
            if (best < 0 || current[slot[i]] > current[slot[best]]) {
                best = i;
            }
        }
        current[slot[best]] -= total;
        return best;
    }
}
