package dev.balancelab.ui.common;

import dev.balancelab.telemetry.LabEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The balancer each recent request was handed to in a lab of several balancers (issue 14): the request's latest
 * {@link LabEvent.Routed} that reached a live balancer, for the newest {@value #KEPT} requests. "Why?" names the
 * balancer that picked with it, live and in a replay (the recording keeps the route of each explained pick).
 */
public final class Routes {
    /** Requests remembered at most: far more than wait at the step gate at once. */
    public static final int KEPT = 4_096;

    private final Map<Long, LabEvent.Routed> routes = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LabEvent.Routed> eldest) {
            return size() > KEPT;
        }
    };

    /** Remembers {@code event} if it is a {@link LabEvent.Routed} that reached its balancer; whether it was one. */
    public boolean offer(LabEvent event) {
        if (event instanceof LabEvent.Routed r && r.reached()) {
            routes.put(r.requestId(), r);
            return true;
        }
        return false;
    }

    /** The request's latest route to a live balancer, or null (a lab of one balancer, or forgotten). */
    public LabEvent.Routed of(long requestId) {
        return routes.get(requestId);
    }
}
