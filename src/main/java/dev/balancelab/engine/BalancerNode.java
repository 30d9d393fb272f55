package dev.balancelab.engine;

import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.resilience.RetryPolicy;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One load balancer of the lab (issue 14): its own picker over its servers, its own health checker (so two balancers
 * can disagree about a server for a while), its own retry policy and dispatcher. It can die: the tries in flight
 * through it fail at once (their late attempt results are stale), new ones are refused and its health checks stop;
 * started again it checks anew, from the view it had.
 */
final class BalancerNode {
    /** What every balancer of a lab shares. */
    record Shared(
            LabScheduler scheduler,
            ControlPlane plane,
            StepMode steps,
            Accounting accounting,
            Map<ServerId, ServerNode> servers,
            Function<ServerNode, CompletableFuture<Boolean>> sendHeartbeat,
            long seed) {}

    final String id;
    final String region;
    final LoadBalancer balancer;
    final SlowStartRamp ramp;
    final HealthTracker health;
    final Dispatcher dispatcher;
    private final Shared shared;
    private final BalancerSpec spec;
    private final EventLog log;
    private final Map<ServerId, ServerNode> mine = new LinkedHashMap<>();
    private final Set<RequestState> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile HealthChecks checks;
    private volatile boolean alive = true;

    /**
     * @param instance its id, region and settings
     * @param servers the servers it balances over, a subset of {@code shared.servers()}
     * @param log where its events go (the first balancer's health events are the window's)
     * @param index its place among the balancers, for its seeds
     */
    BalancerNode(BalancerInstance instance, List<ServerSpec> servers, Shared shared, EventLog log, int index) {
        this.id = instance.id();
        this.region = instance.region();
        this.spec = instance.spec();
        this.shared = shared;
        this.log = log;
        long seed = shared.seed() + 7919L * index;
        this.balancer = new LoadBalancer(Algorithms.of(spec.algorithm()), new PickerConfig(spec.params(), seed));
        servers.forEach(s -> mine.put(s.id(), shared.servers().get(s.id())));
        this.ramp = new SlowStartRamp(
                balancer,
                mine,
                shared.scheduler(),
                shared.plane(),
                spec.params().slowStartMs());
        this.health = new HealthTracker(spec, mine.size(), balancer, ramp, shared.scheduler(), shared.plane(), log);
        List<Endpoint> endpoints = new ArrayList<>();
        for (ServerNode node : mine.values()) {
            health.register(node.spec().id());
            ramp.register(node);
            endpoints.add(new Endpoint(node.spec().id(), node.spec().weight(), node.stats()));
        }
        balancer.setBackups(
                servers.stream().filter(ServerSpec::backup).map(ServerSpec::id).collect(Collectors.toSet()));
        balancer.putServers(endpoints);
        var sinks = new Dispatcher.Sinks(shared.accounting(), log.queue(), health.attemptResults());
        var policy = new RetryPolicy(spec.retry(), new SplittableRandom(seed * 257 + 17));
        this.dispatcher = new Dispatcher(
                shared.scheduler(),
                balancer,
                shared.servers(),
                policy,
                spec.retry().perTryTimeoutMs(),
                shared.steps(),
                sinks);
        this.checks = newChecks();
    }

    private HealthChecks newChecks() {
        HealthTracker tracker = health;
        Supplier<java.util.Collection<ServerNode>> nodes = mine::values;
        if (spec.healthCheck().model() == HealthModel.PUSH) {
            return new PushHeartbeats(spec.healthCheck(), shared.scheduler(), nodes, this::heartbeat);
        }
        return new HeartbeatProber(
                spec.healthCheck(),
                shared.scheduler(),
                shared.scheduler().clock(),
                nodes,
                shared.sendHeartbeat(),
                (node, ok, rttMs) -> {
                    if (alive) {
                        tracker.heartbeat(node, ok, rttMs);
                    }
                });
    }

    private void heartbeat(ServerNode node, boolean ok, double rttMs) {
        if (alive) {
            health.heartbeat(node, ok, rttMs);
        }
    }

    /** Whether it runs. */
    boolean alive() {
        return alive;
    }

    /** Starts its health checks (with the lab's traffic). */
    void start() {
        checks.start();
    }

    /** Stops its health checks (the lab closes). */
    void stop() {
        checks.stop();
    }

    /** Switches its algorithm; on the control plane. */
    void setAlgorithm(AlgorithmKind kind) {
        balancer.setAlgorithm(Algorithms.of(kind));
    }

    /** Sets a server's weight if it balances over it; on the control plane. */
    void setWeight(ServerId server, int weight) {
        ramp.setWeight(server, weight);
    }

    /**
     * Takes one try of a request; {@code client} is told once whether it completed. A dead balancer refuses it at
     * once (false).
     */
    void accept(RequestState request, Consumer<Boolean> client) {
        if (!alive) {
            refused.incrementAndGet();
            client.accept(false);
            return;
        }
        received.incrementAndGet();
        inFlight.add(request);
        request.onEnd(ok -> {
            inFlight.remove(request);
            (ok ? completed : failed).incrementAndGet();
            client.accept(ok);
        });
        dispatcher.send(request);
    }

    /**
     * Crashes it (on the control plane): the tries in flight through it fail (an attempt at a server is reported
     * ended, RESET, so a window can end its dot), its health checks stop. No-op if it is down.
     */
    void kill() {
        shared.plane().checkOnPlane();
        if (!alive) {
            return;
        }
        alive = false;
        checks.stop();
        long now = shared.scheduler().clock().labNanos();
        log.keep(new LabEvent.BalancerChanged(id, false, now));
        for (RequestState request : List.copyOf(inFlight)) {
            int attempt = request.lastAttempt();
            ServerId server = request.lastTried();
            if (request.end(false)) {
                lost.incrementAndGet();
                dispatcher.abandoned();
                if (attempt > 0 && request.drawn()) {
                    log.offer(new LabEvent.AttemptEnded(request.id, attempt, server, Outcome.RESET, false, now));
                }
            }
        }
    }

    /** Starts it again (on the control plane): it takes tries and checks its servers anew. No-op if it runs. */
    void revive() {
        shared.plane().checkOnPlane();
        if (alive) {
            return;
        }
        alive = true;
        log.keep(new LabEvent.BalancerChanged(
                id, true, shared.scheduler().clock().labNanos()));
        checks = newChecks();
        checks.start();
    }

    /** Its figures and its view of its servers. */
    BalancerMetrics metrics(boolean vipHolder) {
        Map<ServerId, HealthState> view = new LinkedHashMap<>();
        for (ServerId server : mine.keySet()) {
            HealthTracker.View v = health.view(server);
            view.put(server, v.ejected() ? HealthState.EJECTED : v.state());
        }
        return new BalancerMetrics(
                id, alive, vipHolder, received.get(), completed.get(), failed.get(), lost.get(), refused.get(), view);
    }
}
