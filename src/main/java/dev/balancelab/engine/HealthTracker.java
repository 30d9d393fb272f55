package dev.balancelab.engine;

import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.health.HealthStateMachine;
import dev.balancelab.health.OutlierDetector;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.Outcome;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Each server's health: active checks (heartbeat results through a {@link HealthStateMachine}) and passive ones
 * (attempt results through the {@link OutlierDetector}), applied on the control plane. A change of state tells the
 * balancer, starts slow start on a return, and is recorded as a {@link LabEvent.HealthChanged}.
 */
final class HealthTracker {
    /** What the window shows of one server's health. */
    record View(HealthState state, int consecutiveFailures, double lastRttMs) {}

    private final BalancerSpec spec;
    private final LoadBalancer balancer;
    private final SlowStartRamp ramp;
    private final LabScheduler scheduler;
    private final ControlPlane plane;
    private final EventLog log;
    private final OutlierDetector outliers;
    /** Control plane only. */
    private final Map<ServerId, HealthStateMachine> machines = new HashMap<>();
    /** Written on the control plane, read anywhere. */
    private final Map<ServerId, View> views = new ConcurrentHashMap<>();

    HealthTracker(
            BalancerSpec spec,
            int servers,
            LoadBalancer balancer,
            SlowStartRamp ramp,
            LabScheduler scheduler,
            ControlPlane plane,
            EventLog log) {
        this.spec = spec;
        this.balancer = balancer;
        this.ramp = ramp;
        this.scheduler = scheduler;
        this.plane = plane;
        this.log = log;
        this.outliers = new OutlierDetector(spec.outlierDetection(), servers);
    }

    /** Starts tracking a server, UP; while the engine is being built only. */
    void register(ServerId id) {
        machines.put(id, new HealthStateMachine(spec.healthCheck()));
        views.put(id, new View(HealthState.UP, 0, 0));
    }

    View view(ServerId id) {
        return views.get(id);
    }

    /** Queues one heartbeat result for the control plane. */
    void heartbeat(ServerNode node, boolean ok, double rttMs) {
        plane.execute(() -> applyHeartbeat(node.spec().id(), ok, rttMs));
    }

    /** Where attempt results go: to outlier detection on the control plane, or nowhere when it is off. */
    BiConsumer<ServerId, Outcome> attemptResults() {
        if (!spec.outlierDetection().enabled()) {
            return (id, outcome) -> {};
        }
        return (id, outcome) -> plane.execute(() -> applyAttemptResult(id, outcome.ok()));
    }

    private void applyAttemptResult(ServerId id, boolean ok) {
        if (outliers.onResult(id, ok)) {
            publish(id, HealthState.EJECTED, views.get(id).lastRttMs());
            scheduler.after(
                    outliers.ejectionTimeMs(id) * 1_000_000L,
                    () -> plane.execute(() -> {
                        outliers.uneject(id);
                        publish(id, machines.get(id).state(), views.get(id).lastRttMs());
                    }));
        }
    }

    private void applyHeartbeat(ServerId id, boolean ok, double rttMs) {
        HealthStateMachine machine = machines.get(id);
        machine.onHeartbeat(ok);
        log.offer(new LabEvent.Heartbeat(id, ok, rttMs, scheduler.clock().labNanos()));
        publish(id, outliers.isEjected(id) ? HealthState.EJECTED : machine.state(), rttMs);
    }

    /** Records the server's state and, if it changed, tells the balancer and the window. */
    private void publish(ServerId id, HealthState state, double rttMs) {
        plane.checkOnPlane();
        HealthState before = views.get(id).state();
        if (before != state) {
            if (state.available() && !before.available()) {
                ramp.returned(id);
            }
            balancer.setAvailable(id, state.available());
            log.keep(new LabEvent.HealthChanged(
                    id, before, state, scheduler.clock().labNanos()));
        }
        views.put(id, new View(state, machines.get(id).consecutiveFailures(), rttMs));
    }
}
