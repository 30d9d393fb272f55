package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.balancing.Picker;
import dev.balancelab.data.KeyCache;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.CacheCounts;
import dev.balancelab.telemetry.DnsCounts;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.Outcome;
import dev.balancelab.telemetry.ServerMetrics;
import dev.balancelab.telemetry.TierCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The running lab, a facade over its parts: one server per spec, a traffic source per client, the
 * {@link Dispatcher}, the {@link HeartbeatProber} (or {@link PushHeartbeats} under the push model), and on the serial
 * {@link ControlPlane} the {@link FailureInjector}, the {@link HealthTracker} and the {@link SlowStartRamp}, which
 * apply every state change and publish a new {@link Picker}. Clock, scheduler, control plane and servers come from a
 * {@link LabRuntime}: real time ({@link #realTime}) or virtual time ({@link #virtualTime}), with the same model on top.
 *
 * <p>Lab time starts paused; {@link #start()} lets it run. All public methods are thread-safe and return without
 * waiting for the control plane, except {@link #close()}; in virtual time they are meant for the thread that drives
 * the {@link VirtualScheduler}. After {@link #close()}, state changes are ignored.
 */
public final class LabEngine implements AutoCloseable {
    private final Topology topology;
    private final LabRuntime runtime;
    private final LabClock clock;
    private final LabScheduler scheduler;
    private final ControlPlane controlPlane;
    private final Map<ServerId, ServerNode> servers = new LinkedHashMap<>();
    private final Accounting accounting = new Accounting();
    private final LatencyRecorder latency = new LatencyRecorder();
    private final EventLog log;
    private final FailureInjector failures;
    private final List<TrafficSource> sources = new ArrayList<>();
    private final StepMode stepMode;
    /** The storage tier behind the servers, or null if the topology has none. */
    private final StorageTier storage;
    /** Every balancer, the first being the topology's {@code balancer}; the others' health events come named. */
    private final List<BalancerNode> balancers = new ArrayList<>();

    private final BalancerNode first;
    private final Vrrp vip;
    private final DnsRoundRobin dns;
    private final FrontDoor front;
    private final AtomicLong ids = new AtomicLong();
    private volatile Function<ServerId, CompletableFuture<Boolean>> healthChecks;
    private boolean started;

    /**
     * A lab in real time ({@link #realTime}): worker threads, a scheduler and a control-plane thread start at once;
     * traffic and heartbeats wait for {@link #start()}.
     *
     * @param topology the lab to run
     * @param seed seed for arrivals, keys, service times, errors, backoff jitter and randomised algorithms
     * @param eventCapacity events buffered for a UI between two drains; 0 when nothing draws them
     * @throws IllegalArgumentException if the topology names an unknown algorithm
     */
    public LabEngine(Topology topology, long seed, int eventCapacity) {
        this(topology, seed, eventCapacity, LabRuntime.realTime());
    }

    /** A lab on the wall clock with real threads; the same as the public constructor. */
    public static LabEngine realTime(Topology topology, long seed, int eventCapacity) {
        return new LabEngine(topology, seed, eventCapacity);
    }

    /**
     * A lab in virtual time: no thread of its own; time passes only in {@code time}'s {@link
     * VirtualScheduler#advanceBy} and {@link VirtualScheduler#runUntil}, and a seeded run replays exactly.
     *
     * @param time a new virtual scheduler, for this engine only
     * @see #LabEngine(Topology, long, int)
     */
    public static LabEngine virtualTime(Topology topology, long seed, int eventCapacity, VirtualScheduler time) {
        return new LabEngine(topology, seed, eventCapacity, LabRuntime.virtualTime(time));
    }

    /** A lab on {@code runtime}; the benchmarks pass their own. */
    LabEngine(Topology topology, long seed, int eventCapacity, LabRuntime runtime) {
        this.topology = topology;
        this.runtime = runtime;
        this.clock = runtime.clock();
        this.scheduler = runtime.scheduler();
        this.controlPlane = runtime.controlPlane();
        this.log = new EventLog(eventCapacity);
        this.failures = new FailureInjector(servers, scheduler, controlPlane, log);
        var firstSpec = topology.balancer();
        for (ServerSpec s : topology.servers()) {
            ServerNode node =
                    runtime.server(s, new LoadStats(firstSpec.params().ewmaDecayMs()), seed * 131 + servers.size());
            servers.put(s.id(), node);
            if (s.failure() != FailureKind.NONE) {
                node.inject(FailureMode.of(s.failure()));
            }
        }
        this.storage =
                topology.storage() == null ? null : new StorageTier(topology.storage(), topology.clients(), clock, log);
        servers.values().forEach(node -> node.useStorage(storage));
        this.stepMode = new StepMode(sources, clock, this::totalRate);
        var shared = new BalancerNode.Shared(
                scheduler, controlPlane, stepMode, accounting, servers, this::sendHeartbeat, seed);
        Regions regions = topology.front().regions();
        for (BalancerInstance b : topology.balancers()) {
            List<ServerSpec> theirs = topology.servers().stream()
                    .filter(s -> regions.serves(b.region(), s.id()))
                    .toList();
            EventLog own = balancers.isEmpty() ? log : log.forBalancer(b.id());
            balancers.add(new BalancerNode(b, theirs, shared, own, balancers.size()));
        }
        this.first = balancers.get(0);
        Frontend tier = topology.front();
        this.vip = tier.vip() == null ? null : new Vrrp(tier.vip(), balancers, scheduler, controlPlane, log);
        this.dns = tier.dns() == null
                ? null
                : new DnsRoundRobin(
                        tier.dns(),
                        tier.dns().answers().stream().map(this::balancer).toList(),
                        log);
        this.front = new FrontDoor(topology, balancers, vip, dns, scheduler, accounting, latency, log, seed);
        for (int i = 0; i < topology.clients().size(); i++) {
            sources.add(new TrafficSource(i, topology.clients().get(i), seed * 31 + i, scheduler, clock, front, ids));
        }
    }

    private BalancerNode balancer(String id) {
        return balancers.stream().filter(b -> b.id.equals(id)).findFirst().orElse(null);
    }

    /** The topology this engine runs. */
    public Topology topology() {
        return topology;
    }

    /**
     * Lets lab time run and ends step mode (picks waiting at its gate go through); the first call also starts traffic,
     * heartbeats and the topology's scenario.
     */
    public void start() {
        stepMode.set(false);
        runLabTime();
    }

    private synchronized void runLabTime() {
        clock.resume();
        if (!started) {
            started = true;
            balancers.forEach(BalancerNode::start);
            if (vip != null) {
                vip.start();
            }
            sources.forEach(TrafficSource::start);
            topology.scenario().forEach(this::schedule);
        }
    }

    /** Freezes lab time: no arrivals, no service progress, no heartbeats, until {@link #start()}. */
    public void pause() {
        clock.pause();
    }

    /**
     * Step mode for "Why this server?" ({@link StepMode}): on, lab time freezes and runs only inside a {@link #step()};
     * off, picks that waited at the gate go through (lab time stays paused or running as it was).
     */
    public void setStepMode(boolean on) {
        stepMode.set(on);
    }

    /** Whether step mode is on. */
    public boolean stepMode() {
        return stepMode.on();
    }

    /**
     * Turns step mode on if needed and lets lab time run to the balancer's next pick, of live traffic (a new request or
     * a retry); freezes lab time right at it, so every other request holds where it is, and explains the pick in a
     * {@link LabEvent.Decided} (queued before its {@link LabEvent.AttemptStarted}). Consecutive steps explain
     * consecutive picks. When the clients send nothing (total rate 0), the next client in turn sends one request.
     * Returns at once: in real time the pick comes on a lab thread; in virtual time, within the driver's next run.
     *
     * @throws IllegalStateException if the topology has no client (nothing could reach the balancer)
     */
    public void step() {
        stepMode.step(this::runLabTime);
    }

    /** Whether lab time is running. */
    public boolean running() {
        return clock.running();
    }

    /**
     * Sets the lab speed factor.
     *
     * @param factor 1 is real time, 0.1 ten times slower; in (0, 100]
     * @throws IllegalArgumentException if out of range
     */
    public void setSpeed(double factor) {
        clock.setSpeed(factor);
    }

    /** The lab speed factor. */
    public double speed() {
        return clock.speed();
    }

    /** Lab time since the engine was built, in ns; the time base of every {@link LabEvent}. */
    public long labNanos() {
        return clock.labNanos();
    }

    /** The current picker snapshot (the very one the data plane uses). */
    public Picker picker() {
        return first.balancer.picker();
    }

    /** The current algorithm. */
    public AlgorithmKind algorithm() {
        return first.balancer.algorithm().kind();
    }

    /**
     * Switches the first balancer's algorithm (on the control plane): the one {@code Topology.balancer()} describes;
     * other balancers keep their own.
     */
    public void setAlgorithm(AlgorithmKind kind) {
        controlPlane.execute(() -> first.setAlgorithm(kind));
    }

    /** Total offered load of all clients, in requests/s of lab time. */
    public double totalRate() {
        return sources.stream().mapToDouble(TrafficSource::rate).sum();
    }

    /**
     * Scales every client's rate so that they add up to {@code perSecond}, keeping their proportions (equal shares if
     * all were 0).
     *
     * @param perSecond total requests/s of lab time, &gt;= 0
     * @throws IllegalArgumentException if negative
     */
    public void setTotalRate(double perSecond) {
        if (!(perSecond >= 0)) {
            throw new IllegalArgumentException("rate must be >= 0, was " + perSecond);
        }
        double total = totalRate();
        for (TrafficSource s : sources) {
            s.setRate(total > 0 ? s.rate() / total * perSecond : perSecond / sources.size());
        }
    }

    /** Crashes a server (on the control plane): in-flight attempts fail and are retried elsewhere. */
    public void kill(ServerId id) {
        inject(id, FailureMode.of(FailureKind.CRASH));
    }

    /** Makes a server healthy again, restarted empty if it was down. Health checks still need {@code rise} passes. */
    public void revive(ServerId id) {
        inject(id, FailureMode.NONE);
    }

    /**
     * Puts a server into a failure mode (on the control plane); {@link FailureMode#NONE} clears it. {@code id} may
     * also name a storage node (which takes only a crash, kill, and {@link FailureMode#NONE}, revive, which hands its
     * hints back), a balancer (issue 14) or a region (the whole site: its balancers and servers): a crash kills it,
     * {@link FailureMode#NONE} revives it, other modes leave balancers alone.
     */
    public void inject(ServerId id, FailureMode mode) {
        BalancerNode node = balancer(id.value());
        if (storage != null && storage.has(id)) {
            controlPlane.execute(() -> storage.inject(id, mode));
        } else if (node != null) {
            controlPlane.execute(() -> setAlive(node, mode));
        } else if (topology.front().regions().weights().containsKey(id.value())) {
            injectSite(id.value(), mode);
        } else {
            failures.inject(id, mode);
        }
    }

    private void injectSite(String region, FailureMode mode) {
        Regions regions = topology.front().regions();
        topology.servers().stream()
                .filter(s -> regions.ofServer(s.id()).equals(region))
                .forEach(s -> failures.inject(s.id(), mode));
        balancers.stream()
                .filter(b -> b.region.equals(region))
                .forEach(b -> controlPlane.execute(() -> setAlive(b, mode)));
    }

    /** A crash kills a balancer, NONE revives it; on the control plane. */
    private void setAlive(BalancerNode node, FailureMode mode) {
        if (mode.kind() == FailureKind.CRASH) {
            node.kill();
            if (vip != null) {
                vip.down(node);
            }
        } else if (mode.kind() == FailureKind.NONE && !node.alive()) {
            node.revive();
            if (vip != null) {
                vip.up(node);
            }
        }
    }

    /**
     * Sets a server's weight (on the control plane); the picker is rebuilt at once.
     *
     * @throws IllegalArgumentException if {@code weight} &lt; 1
     */
    public void setWeight(ServerId id, int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be >= 1, was " + weight);
        }
        controlPlane.execute(() -> balancers.forEach(b -> b.setWeight(id, weight)));
    }

    /** Schedules a scenario event at its lab time (relative to lab time 0). */
    public void schedule(ScenarioEvent event) {
        scheduler.at(event.atMs() * 1_000_000L, () -> {
            switch (event.type()) {
                case KILL -> kill(event.server());
                case REVIVE -> revive(event.server());
                case SET_WEIGHT -> setWeight(event.server(), (int) Math.round(event.value()));
                case SET_RATE -> setTotalRate(event.value());
            }
        });
    }

    /** Events for the window; drain it once per pulse. */
    public EventQueue events() {
        return log.queue();
    }

    /** The health transitions and injected failures so far (the newest 10,000), oldest first. */
    public List<LabEvent> history() {
        return log.history();
    }

    /** A consistent sample of the lab's figures. Cheap; call it a few times per second. */
    public MetricsSnapshot snapshot() {
        Map<ServerId, ServerMetrics> perServer = new LinkedHashMap<>();
        for (ServerNode node : servers.values()) {
            HealthTracker.View h = viewOf(node.spec().id());
            perServer.put(
                    node.spec().id(),
                    new ServerMetrics(
                            node.completed(),
                            node.failed(),
                            node.stats().inFlight(),
                            h.state(),
                            h.ejected(),
                            node.alive(),
                            h.consecutiveFailures(),
                            h.lastRttMs(),
                            h.lastGoodNanos() < 0 ? -1 : h.lastGoodNanos() / 1_000_000,
                            cacheCounts(node)));
        }
        long labMillis = clock.labMillis();
        LatencyRecorder.Sample latencies = latency.sample(labMillis);
        return new MetricsSnapshot(
                labMillis,
                accounting.counts(),
                latencies.total(),
                perServer,
                log.queue().dropped(),
                latencies.window(),
                storage == null ? null : storage.counts());
    }

    /** The first balancer's view of {@code server}, or the first view of a balancer that balances over it. */
    private HealthTracker.View viewOf(ServerId server) {
        return balancers.stream()
                .map(b -> b.health.view(server))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }

    /** Every balancer's figures and view of its servers, in topology order (issue 14). */
    public List<BalancerMetrics> balancerMetrics() {
        BalancerNode holder = vip == null ? null : vip.holder();
        return balancers.stream().map(b -> b.metrics(b == holder)).toList();
    }

    /** The id of the balancer the virtual IP reaches now, or null without a VIP (or before the start). */
    public String vipHolder() {
        BalancerNode holder = vip == null ? null : vip.holder();
        return holder == null ? null : holder.id;
    }

    /** The DNS resolvers' figures, or null if the lab has no DNS name. */
    public DnsCounts dnsCounts() {
        return dns == null ? null : dns.counts();
    }

    /** The balancer tier's figures now: balancers, DNS, client retries. */
    public TierCounts tier() {
        return new TierCounts(balancerMetrics(), dnsCounts(), clientRetries());
    }

    /** Requests the clients sent again after a failed try (client retries, issue 14). */
    public long clientRetries() {
        return front.clientRetries();
    }

    private static CacheCounts cacheCounts(ServerNode node) {
        KeyCache cache = node.cache();
        return cache == null ? null : new CacheCounts(cache.hits(), cache.misses());
    }

    // ---- Real traffic (package http): the same dispatcher, picker, retries and accounting as simulated requests.

    /** Whether this lab runs on the wall clock with real worker threads (real HTTP needs it). */
    public boolean realTime() {
        return !(scheduler instanceof VirtualScheduler);
    }

    /**
     * Sends a request that came through the lab's HTTP proxy: counted, picked, timed out and retried like a simulated
     * one, drawn from the "real clients" (client index -1 in {@link LabEvent.AttemptStarted}); each attempt travels
     * over {@code wire}.
     *
     * @param key the hash key (from the configured key source)
     * @param clientAddress the client's IP address, for ip-hash
     * @param done told once how the request ended, on a data-plane thread
     */
    public void sendReal(String key, String clientAddress, Wire wire, Consumer<Wire.Ended> done) {
        front.sendTo(
                first, RequestState.proxied(ids.incrementAndGet(), key, clientAddress, clock.labNanos(), wire, done));
    }

    /**
     * Serves a request that an external balancer (real nginx or HAProxy) sent straight to {@code server}'s backend
     * port: counted like any request (client index -2 in {@link LabEvent.AttemptStarted}), one attempt, no retry
     * (the external balancer retries by itself).
     *
     * @param key the request's key (from the lab's key source), looked up in the server's cache
     * @param write whether the request writes its key (else reads it), where a storage tier serves it
     * @param done told once how it ended; its outcome {@link Outcome#NO_SERVER} for an unknown server
     */
    public void serveExternal(
            ServerId server, String key, boolean write, String clientAddress, Consumer<Wire.Ended> done) {
        front.sendTo(
                first,
                RequestState.external(
                        ids.incrementAndGet(), server, key, write, clientAddress, clock.labNanos(), done));
    }

    /**
     * Runs one attempt the lab's proxy forwarded to {@code server}'s backend port on that server's workers (the
     * proxy side already counts it): a worker holds it for its service time, or for the cache's {@code hitMs} if the
     * server's cache holds {@code key}; a miss or a write goes through the storage tier first, when the lab has one;
     * a served miss fills the cache, as for a simulated attempt. A full queue or a dead server answers
     * {@link Outcome#REJECTED} at once.
     *
     * @param requestId the lab's id of the request (from the proxy), carried by its storage events
     * @param key the key the proxy derived from the request (its key source), null for none
     * @param write whether the request writes its key (else reads it)
     * @param answer told once how it was served: the outcome (OK, ERROR (error rate, gray, a missed storage quorum),
     *     REJECTED, or RESET: the server crashed meanwhile; a hung server never answers), whether the server's cache
     *     held the key and the storage tier's answer (null for none)
     * @return false if there is no such server
     */
    public boolean work(ServerId server, long requestId, String key, boolean write, Consumer<Served> answer) {
        ServerNode node = servers.get(server);
        if (node != null) {
            node.submit(Job.once(requestId, key, write, (job, outcome) -> {
                if (outcome.ok()) {
                    node.served(job);
                }
                answer.accept(new Served(outcome, job.cacheHit, job.storage));
            }));
        }
        return node != null;
    }

    /**
     * How a server served one piece of work from its backend port ({@link #work}).
     *
     * @param outcome how it ended
     * @param cacheHit whether the server's cache held the key
     * @param storage the storage tier's answer to its read or write; null if it did none
     */
    public record Served(Outcome outcome, boolean cacheHit, StorageAnswer storage) {}

    /**
     * Answers one health check at {@code server}'s own heartbeat responder (what its {@code GET /health} returns).
     *
     * @return completed with true if it answers, false if it is dead; never completed by a hung server; null if
     *     there is no such server
     */
    public CompletableFuture<Boolean> answerHealthCheck(ServerId server) {
        ServerNode node = servers.get(server);
        return node == null ? null : node.heartbeat();
    }

    /**
     * Sends the active health checks through {@code checks} (a real {@code GET /health}) instead of in-process; the
     * topology's interval, timeout, fall and rise stay. Call before {@link #start()}.
     */
    public void checkHealthWith(Function<ServerId, CompletableFuture<Boolean>> checks) {
        this.healthChecks = checks;
    }

    private CompletableFuture<Boolean> sendHeartbeat(ServerNode node) {
        Function<ServerId, CompletableFuture<Boolean>> checks = healthChecks;
        return checks == null ? node.heartbeat() : checks.apply(node.spec().id());
    }

    /**
     * Tells {@code listener} each time a server's process crashes (false) or starts again (true), right after the
     * fact, on the control plane: its backend port closes and opens with it.
     */
    public void onAliveChanged(BiConsumer<ServerId, Boolean> listener) {
        servers.values()
                .forEach(node ->
                        node.onAliveChanged(alive -> listener.accept(node.spec().id(), alive)));
    }

    /** Whether {@code server}'s process runs (not crashed); false for an unknown server. */
    public boolean alive(ServerId server) {
        ServerNode node = servers.get(server);
        return node != null && node.alive();
    }

    /** Stops new arrivals; requests in flight go on to their end. */
    public void stopTraffic() {
        sources.forEach(TrafficSource::stop);
    }

    /**
     * Waits until no request is in flight, or until {@code timeoutMs} have passed: real ms in real time; in virtual
     * time, virtual ms run on the calling thread.
     *
     * @return true if drained
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitDrained(long timeoutMs) throws InterruptedException {
        return runtime.await(() -> accounting.counts().inFlight() == 0, timeoutMs);
    }

    /**
     * Stops traffic, heartbeats, the scheduler, the control plane and every server, and waits (5 s at most in all)
     * for their threads to end: all servers are told to stop first, then awaited together. Requests still in flight
     * fail.
     */
    @Override
    public void close() {
        stopTraffic();
        balancers.forEach(BalancerNode::stop);
        clock.resume();
        runtime.close();
        servers.values().forEach(ServerNode::shutdown);
        long deadline = System.nanoTime() + 5_000_000_000L;
        try {
            for (ServerNode node : servers.values()) {
                node.awaitTermination(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
