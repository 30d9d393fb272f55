package dev.balancelab.engine;

import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.balancing.SlowStart;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.health.HealthStateMachine;
import dev.balancelab.health.OutlierDetector;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.Outcome;
import dev.balancelab.telemetry.ServerMetrics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running lab: one real worker pool per server, a traffic source per client, the dispatcher, the heartbeat prober
 * and a serial control plane that applies every state change (kill, revive, health transition, algorithm) and then
 * publishes a new {@link Picker}.
 *
 * <p>Lab time starts paused; {@link #start()} lets it run. All public methods are thread-safe and return without
 * waiting for the control plane, except {@link #close()}. After {@link #close()}, state changes are ignored.
 */
public final class LabEngine implements AutoCloseable {
    private static final int HISTORY_LIMIT = 10_000;
    private final Topology topology;
    private final LabClock clock;
    private final LabScheduler scheduler;
    private final ExecutorService controlPlane;
    private final LoadBalancer balancer;
    private final Map<ServerId, ServerNode> servers = new ConcurrentHashMap<>();
    private final Map<ServerId, HealthStateMachine> health = new LinkedHashMap<>();
    private final Map<ServerId, HealthView> healthViews = new ConcurrentHashMap<>();
    private final OutlierDetector outliers;
    /** Configured weights; the balancer may hold less during slow start. Control plane only. */
    private final Map<ServerId, Integer> weights = new ConcurrentHashMap<>();
    /** Lab time at which each ramping server came back; a newer return supersedes an older ramp. */
    private final Map<ServerId, Long> rampSince = new ConcurrentHashMap<>();

    private final Accounting accounting = new Accounting();
    private final LatencyRecorder latency = new LatencyRecorder();
    private final EventQueue events;
    /** Health transitions and injected failures, the newest {@link #HISTORY_LIMIT}; guarded by itself. */
    private final Deque<LabEvent> history = new ArrayDeque<>();

    private final Dispatcher dispatcher;
    private final HeartbeatProber prober;
    private final List<TrafficSource> sources = new ArrayList<>();
    private boolean started;
    private volatile boolean stepMode;
    private int stepClient;
    private volatile long steps;
    private volatile long stepSettleNanos;

    /**
     * Builds the lab's threads (worker pools and heartbeat responders start at once; traffic and heartbeats wait for
     * {@link #start()}).
     *
     * @param topology the lab to run
     * @param seed seed for arrivals, keys and randomised algorithms
     * @param eventCapacity events buffered for a UI between two drains; 0 when nothing draws them
     * @throws IllegalArgumentException if the topology names an unknown algorithm
     */
    public LabEngine(Topology topology, long seed, int eventCapacity) {
        this.topology = topology;
        this.clock = LabClock.system();
        this.scheduler = new LabScheduler(clock);
        this.controlPlane = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                r -> new Thread(r, "control-plane"),
                new ThreadPoolExecutor.DiscardPolicy());
        this.events = new EventQueue(eventCapacity);
        var params = topology.balancer().params();
        this.outliers = new OutlierDetector(
                topology.balancer().outlierDetection(), topology.servers().size());
        this.balancer =
                new LoadBalancer(Algorithms.of(topology.balancer().algorithm()), new PickerConfig(params, seed));
        List<Endpoint> endpoints = new ArrayList<>();
        for (ServerSpec spec : topology.servers()) {
            ServerNode node =
                    new ServerNode(spec, clock, new LoadStats(params.ewmaDecayMs()), seed * 131 + servers.size());
            servers.put(spec.id(), node);
            health.put(spec.id(), new HealthStateMachine(topology.balancer().healthCheck()));
            healthViews.put(spec.id(), new HealthView(HealthState.UP, 0, 0));
            weights.put(spec.id(), spec.weight());
            endpoints.add(new Endpoint(spec.id(), spec.weight(), node.stats()));
            if (spec.failure() != FailureKind.NONE) {
                node.inject(FailureMode.of(spec.failure()));
            }
        }
        balancer.putServers(endpoints);
        var sinks =
                new Dispatcher.Sinks(accounting, latency, events, passiveHealth(topology), this::steppedRequestEnded);
        this.dispatcher = new Dispatcher(
                clock, scheduler, balancer, servers, topology.balancer().retry(), sinks);
        this.prober = new HeartbeatProber(
                topology.balancer().healthCheck(),
                scheduler,
                clock,
                this::nodesInOrder,
                (node, ok, rtt) -> controlPlane.execute(() -> applyHeartbeat(node, ok, rtt)));
        AtomicLong ids = new AtomicLong();
        for (int i = 0; i < topology.clients().size(); i++) {
            sources.add(
                    new TrafficSource(i, topology.clients().get(i), seed * 31 + i, scheduler, clock, dispatcher, ids));
        }
    }

    private java.util.function.BiConsumer<ServerId, Outcome> passiveHealth(Topology t) {
        if (!t.balancer().outlierDetection().enabled()) {
            return (id, outcome) -> {};
        }
        return (id, outcome) -> controlPlane.execute(() -> applyAttemptResult(id, outcome.ok()));
    }

    private List<ServerNode> nodesInOrder() {
        List<ServerNode> nodes = new ArrayList<>();
        for (ServerSpec s : topology.servers()) {
            nodes.add(servers.get(s.id()));
        }
        return nodes;
    }

    /** The topology this engine runs. */
    public Topology topology() {
        return topology;
    }

    /** Lets lab time run; the first call also starts traffic, heartbeats and the topology's scenario. */
    public synchronized void start() {
        clock.resume();
        if (!started) {
            started = true;
            prober.start();
            sources.forEach(TrafficSource::start);
            topology.scenario().forEach(this::schedule);
        }
    }

    /** Freezes lab time: no arrivals, no service progress, no heartbeats, until {@link #start()}. */
    public void pause() {
        clock.pause();
    }

    /**
     * Step mode for "Why this server?": while on, clients send nothing by themselves and each {@link #step(long)} sends
     * exactly one request.
     */
    public void setStepMode(boolean on) {
        sources.forEach(s -> s.setSuspended(on));
        stepMode = on;
    }

    /** Whether step mode is on. */
    public boolean stepMode() {
        return stepMode;
    }

    /**
     * Sends one request from the next client in turn, explains each of its picks in a {@link LabEvent.Decided}, and
     * lets lab time run until the request has ended and {@code settleNanos} more (so a window can finish drawing it),
     * when it pauses again. Meant for step mode while paused; a newer step cancels an older step's pause.
     *
     * @param settleNanos lab time to run on after the request ended, in ns, &gt;= 0
     * @throws IllegalStateException if the topology has no client
     */
    public synchronized void step(long settleNanos) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no client to send a request");
        }
        stepSettleNanos = Math.max(0, settleNanos);
        steps++;
        start();
        sources.get(stepClient++ % sources.size()).emit(true);
    }

    /** A stepped request ended: pause after the settle time, unless another step has started since. */
    private void steppedRequestEnded() {
        long step = steps;
        scheduler.after(stepSettleNanos, () -> {
            if (steps == step) {
                clock.pause();
            }
        });
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
        return balancer.picker();
    }

    /** The current algorithm. */
    public AlgorithmKind algorithm() {
        return balancer.algorithm().kind();
    }

    /** Switches the balancing algorithm (on the control plane). */
    public void setAlgorithm(AlgorithmKind kind) {
        var algorithm = Algorithms.of(kind);
        controlPlane.execute(() -> balancer.setAlgorithm(algorithm));
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

    /** Puts a server into a failure mode (on the control plane); {@link FailureMode#NONE} clears it. */
    public void inject(ServerId id, FailureMode mode) {
        controlPlane.execute(() -> applyFailure(id, mode));
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
        controlPlane.execute(() -> {
            ServerNode node = servers.get(id);
            if (node != null) {
                weights.put(id, weight);
                balancer.putServer(id, weight, node.stats());
            }
        });
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

    private void applyFailure(ServerId id, FailureMode mode) {
        ServerNode node = servers.get(id);
        if (node == null) {
            return;
        }
        long now = clock.labNanos();
        node.inject(mode);
        if (mode.kind() == FailureKind.FLAPPING) {
            scheduleFlap(node, mode);
        }
        emit(new LabEvent.Injected(id, injectionName(mode.kind()), now));
    }

    private void scheduleFlap(ServerNode node, FailureMode mode) {
        scheduler.after(
                mode.flapPeriodMs() * 500_000L,
                () -> controlPlane.execute(() -> {
                    if (node.failure() == mode) {
                        node.toggle();
                        scheduleFlap(node, mode);
                    }
                }));
    }

    private static String injectionName(FailureKind kind) {
        return switch (kind) {
            case CRASH -> "kill";
            case NONE -> "revive";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }

    private void applyAttemptResult(ServerId id, boolean ok) {
        if (outliers.onResult(id, ok)) {
            publishHealth(id, HealthState.EJECTED);
            scheduler.after(
                    outliers.ejectionTimeMs(id) * 1_000_000L,
                    () -> controlPlane.execute(() -> {
                        outliers.uneject(id);
                        publishHealth(id, health.get(id).state());
                    }));
        }
    }

    private void applyHeartbeat(ServerNode node, boolean ok, double rttMs) {
        ServerId id = node.spec().id();
        HealthStateMachine machine = health.get(id);
        machine.onHeartbeat(ok);
        events.offer(new LabEvent.Heartbeat(id, ok, rttMs, clock.labNanos()));
        publishHealth(id, outliers.isEjected(id) ? HealthState.EJECTED : machine.state(), rttMs);
    }

    private void publishHealth(ServerId id, HealthState state) {
        publishHealth(id, state, healthViews.get(id).lastRttMs);
    }

    /** Control plane: records the server's state and, if it changed, tells the balancer and the window. */
    private void publishHealth(ServerId id, HealthState state, double rttMs) {
        HealthState before = healthViews.get(id).state;
        if (before != state) {
            if (state.available() && !before.available()) {
                long now = clock.labNanos();
                rampSince.put(id, now);
                rampUp(id, now);
            }
            balancer.setAvailable(id, state.available());
            emit(new LabEvent.HealthChanged(id, before, state, clock.labNanos()));
        }
        healthViews.put(id, new HealthView(state, health.get(id).consecutiveFailures(), rttMs));
    }

    /** Slow start: raises a returning server's weight step by step until it reaches the configured weight. */
    private void rampUp(ServerId id, long sinceLabNanos) {
        if (rampSince.get(id) != sinceLabNanos) {
            return;
        }
        long window = topology.balancer().params().slowStartMs();
        int configured = weights.get(id);
        int effective = SlowStart.effectiveWeight(configured, (clock.labNanos() - sinceLabNanos) / 1_000_000, window);
        balancer.putServer(id, effective, servers.get(id).stats());
        if (effective < configured) {
            scheduler.after(window * 100_000L, () -> controlPlane.execute(() -> rampUp(id, sinceLabNanos)));
        }
    }

    private void emit(LabEvent event) {
        synchronized (history) {
            if (history.size() == HISTORY_LIMIT) {
                history.removeFirst();
            }
            history.addLast(event);
        }
        events.offer(event);
    }

    /** Events for the window; drain it once per pulse. */
    public EventQueue events() {
        return events;
    }

    /** The health transitions and injected failures so far (the newest 10,000), oldest first. */
    public List<LabEvent> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** A consistent sample of the lab's figures. Cheap; call it a few times per second. */
    public MetricsSnapshot snapshot() {
        Map<ServerId, ServerMetrics> perServer = new LinkedHashMap<>();
        for (ServerNode node : nodesInOrder()) {
            HealthView h = healthViews.get(node.spec().id());
            perServer.put(
                    node.spec().id(),
                    new ServerMetrics(
                            node.completed(),
                            node.failed(),
                            node.stats().inFlight(),
                            h.state,
                            node.alive(),
                            h.consecutiveFailures,
                            h.lastRttMs));
        }
        LatencyRecorder.Sample latencies = latency.sample();
        return new MetricsSnapshot(
                clock.labMillis(),
                accounting.counts(),
                latencies.total(),
                perServer,
                events.dropped(),
                latencies.interval());
    }

    /** Stops new arrivals; requests in flight go on to their end. */
    public void stopTraffic() {
        sources.forEach(TrafficSource::stop);
    }

    /**
     * Waits until no request is in flight, or until {@code timeoutMs} of real time has passed.
     *
     * @return true if drained
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitDrained(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (accounting.counts().inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return accounting.counts().inFlight() == 0;
    }

    /**
     * Stops traffic, heartbeats, the control plane and every worker pool, and waits for their threads to end.
     * Requests still in flight fail.
     */
    @Override
    public void close() {
        stopTraffic();
        prober.stop();
        clock.resume();
        scheduler.close();
        controlPlane.shutdown();
        try {
            controlPlane.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        servers.values().forEach(ServerNode::close);
    }

    private record HealthView(HealthState state, int consecutiveFailures, double lastRttMs) {}
}
