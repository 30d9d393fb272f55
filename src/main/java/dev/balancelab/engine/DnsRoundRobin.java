package dev.balancelab.engine;

import dev.balancelab.domain.DnsSpec;
import dev.balancelab.telemetry.DnsCounts;
import dev.balancelab.telemetry.LabEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A DNS name answered round robin over its live balancers, and every user's resolver cache in front of it
 * ({@link DnsSpec}): an answer is kept for the TTL, or for good by the users that ignore TTLs. A cached answer is used
 * even if its balancer died meanwhile: that is the slow drain.
 */
final class DnsRoundRobin {
    private record Cached(BalancerNode node, long expiresNanos, boolean pinned) {}

    private final DnsSpec spec;
    private final List<BalancerNode> answers;
    private final EventLog log;
    private final Map<String, Cached> caches = new ConcurrentHashMap<>();
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private int cursor;

    /** @param answers the balancers the name resolves to, in the spec's order */
    DnsRoundRobin(DnsSpec spec, List<BalancerNode> answers, EventLog log) {
        this.spec = spec;
        this.answers = List.copyOf(answers);
        this.log = log;
    }

    /**
     * The balancer user {@code user} of {@code users} of client {@code clientIndex} sends to at lab time {@code now}:
     * its cached answer while valid, else a new one (null if none of the name's balancers is live).
     */
    BalancerNode resolve(int clientIndex, int user, int users, long now) {
        String resolver = clientIndex + "/" + user;
        Cached cached = caches.get(resolver);
        if (cached != null && (cached.pinned() || now < cached.expiresNanos())) {
            cacheHits.incrementAndGet();
            if (!cached.node().alive()) {
                stale.incrementAndGet();
            }
            return cached.node();
        }
        boolean pinned = user < Math.round(spec.ignoreTtlShare() * users);
        BalancerNode answer = next();
        queries.incrementAndGet();
        log.offer(
                new LabEvent.DnsAnswered(clientIndex, "user-" + user, answer == null ? null : answer.id, pinned, now));
        if (answer != null) {
            caches.put(resolver, new Cached(answer, now + spec.ttlMs() * 1_000_000L, pinned));
        }
        return answer;
    }

    /** The next live balancer in round-robin order, or null. */
    private synchronized BalancerNode next() {
        for (int i = 0; i < answers.size(); i++) {
            BalancerNode node = answers.get(cursor++ % answers.size());
            if (node.alive()) {
                return node;
            }
        }
        return null;
    }

    DnsCounts counts() {
        long pinned = caches.values().stream().filter(Cached::pinned).count();
        return new DnsCounts(queries.get(), cacheHits.get(), stale.get(), pinned);
    }
}
