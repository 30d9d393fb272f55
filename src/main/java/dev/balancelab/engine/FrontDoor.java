package dev.balancelab.engine;

import dev.balancelab.domain.ClientRetrySpec;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clients' side of the balancer tier (issue 14): which balancer a request goes to, the latency of crossing
 * regions, and the clients' own retries. A request is counted sent once and ended once, completed or failed, whatever
 * happens to the balancers on its way: each try goes to one balancer and ends completed, failed, refused (the
 * balancer is down) or lost (it died with the try in flight); a failed try is tried again after the client's backoff
 * while attempts are left. The choice of balancer: see {@link dev.balancelab.domain.Frontend}.
 */
final class FrontDoor {
    private final Topology topology;
    private final List<BalancerNode> balancers;
    private final Vrrp vip;
    private final DnsRoundRobin dns;
    private final Regions regions;
    private final ClientRetrySpec retry;
    private final LabScheduler scheduler;
    private final Accounting accounting;
    private final LatencyRecorder latency;
    private final EventLog log;
    private final SplittableRandom random;
    private final AtomicLong clientRetries = new AtomicLong();

    FrontDoor(
            Topology topology,
            List<BalancerNode> balancers,
            Vrrp vip,
            DnsRoundRobin dns,
            LabScheduler scheduler,
            Accounting accounting,
            LatencyRecorder latency,
            EventLog log,
            long seed) {
        this.topology = topology;
        this.balancers = List.copyOf(balancers);
        this.vip = vip;
        this.dns = dns;
        this.regions = topology.front().regions();
        this.retry = topology.front().clientRetry();
        this.scheduler = scheduler;
        this.accounting = accounting;
        this.latency = latency;
        this.log = log;
        this.random = new SplittableRandom(seed * 613 + 5);
    }

    /** Sends a new request of a topology client: counts it and makes its first try. */
    void send(RequestState request) {
        accounting.sent(request.id);
        route(request, 1);
    }

    /**
     * Sends a request that reached {@code balancer} itself (real HTTP through the lab's proxy, or an external
     * balancer's): one try, no client retry.
     */
    void sendTo(BalancerNode balancer, RequestState request) {
        accounting.sent(request.id);
        balancer.accept(request, ok -> finish(request, ok));
    }

    /** Client retries made so far. */
    long clientRetries() {
        return clientRetries.get();
    }

    private void route(RequestState request, int tryNumber) {
        long now = scheduler.clock().labNanos();
        BalancerNode target = choose(request, tryNumber, now);
        boolean reached = target != null && target.alive();
        if (!topology.front().single()) {
            log.offer(new LabEvent.Routed(
                    request.id, request.clientIndex, target == null ? null : target.id, reached, now));
        }
        if (target == null) {
            tryEnded(request, tryNumber, false);
            return;
        }
        long crossNanos = regions.latencyMs(clientRegion(request), target.region) * 1_000_000L;
        if (crossNanos == 0) {
            target.accept(request, ok -> tryEnded(request, tryNumber, ok));
        } else {
            scheduler.after(crossNanos, () -> target.accept(request, ok -> tryEnded(request, tryNumber, ok)));
        }
    }

    private void tryEnded(RequestState request, int tryNumber, boolean ok) {
        if (ok || tryNumber >= retry.attempts()) {
            finish(request, ok);
            return;
        }
        clientRetries.incrementAndGet();
        RequestState next = request.nextTry();
        scheduler.after(retry.backoffMs() * 1_000_000L, () -> route(next, tryNumber + 1));
    }

    private void finish(RequestState request, boolean ok) {
        if (ok) {
            latency.record((scheduler.clock().labNanos() - request.startLabNanos) / 1e6);
        }
        accounting.ended(request.id, ok);
        if (request.done != null) {
            request.done.accept(request.ended(ok));
        }
    }

    // ---- which balancer

    private BalancerNode choose(RequestState request, int tryNumber, long now) {
        int user = user(request.key) + tryNumber - 1;
        if (regions.any()) {
            return inSite(site(request), user);
        }
        if (dns != null) {
            int users = topology.clients().get(request.clientIndex).users();
            return dns.resolve(request.clientIndex, user(request.key), users, now);
        }
        if (vip != null) {
            return vip.holder();
        }
        return balancers.get(Math.floorMod(user, balancers.size()));
    }

    /** The region the global policy sends this request to, or null if no site is live. */
    private String site(RequestState request) {
        List<String> live = new ArrayList<>();
        for (String region : regions.weights().keySet()) {
            if (balancers.stream().anyMatch(b -> b.region.equals(region) && b.alive())) {
                live.add(region);
            }
        }
        if (live.isEmpty()) {
            return null;
        }
        String own = clientRegion(request);
        return switch (regions.policy()) {
            case NEAREST -> live.contains(own) ? own : live.get(0);
            case FAILOVER -> live.get(0);
            case WEIGHTED -> weighted(live);
        };
    }

    private String weighted(List<String> live) {
        Map<String, Double> weights = regions.weights();
        double total = live.stream().mapToDouble(weights::get).sum();
        double draw;
        synchronized (random) {
            draw = random.nextDouble() * total;
        }
        for (String region : live) {
            draw -= weights.get(region);
            if (draw < 0) {
                return region;
            }
        }
        return live.get(live.size() - 1);
    }

    /** The VIP holder if the VIP's group is in {@code region}, else one of its live balancers by user. */
    private BalancerNode inSite(String region, int user) {
        if (region == null) {
            return null;
        }
        if (vip != null && vip.holder() != null && vip.holder().region.equals(region)) {
            return vip.holder();
        }
        List<BalancerNode> live = balancers.stream()
                .filter(b -> b.region.equals(region) && b.alive())
                .toList();
        return live.isEmpty() ? null : live.get(Math.floorMod(user, live.size()));
    }

    private String clientRegion(RequestState request) {
        return request.clientIndex < 0
                ? ""
                : regions.ofClient(topology.clients().get(request.clientIndex).id());
    }

    /** The user number of a key {@code user-N}, 0 for another key. */
    private static int user(String key) {
        int dash = key.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
