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
import java.util.function.UnaryOperator;

/**
 * Each server's health as two flags, as Envoy keeps them ({@code Host::HealthFlag} {@code FAILED_ACTIVE_HC} and
 * {@code FAILED_OUTLIER_CHECK} in {@code envoy/upstream/upstream.h}): the active check's state (heartbeat results
 * through a {@link HealthStateMachine}: UP, SUSPECT or DOWN) and whether outlier detection has ejected it (attempt
 * results through the {@link OutlierDetector}). Heartbeats go on counting while a server is ejected. A server is
 * available to the balancer when its active state is available and it is not ejected. Applied on the control plane; a
 * change of active state is recorded as a {@link LabEvent.HealthChanged}, an ejection as {@link LabEvent.Ejected} and
 * its end as {@link LabEvent.Unejected}; a change of availability tells the balancer and starts slow start on a return.
 */
final class HealthTracker {
    /**
     * What the window shows of one server's health.
     *
     * @param state the active health check's state, never {@link HealthState#EJECTED}
     * @param ejected whether outlier detection has ejected the server now
     * @param consecutiveFailures failed heartbeats in a row
     * @param lastRttMs the last heartbeat's round trip in lab ms
     * @param lastGoodNanos lab time of the last good heartbeat (answered, or under push arrived), -1 before the first
     */
    record View(HealthState state, boolean ejected, int consecutiveFailures, double lastRttMs, long lastGoodNanos) {
        /** Whether the balancer may pick the server. */
        boolean available() {
            return state.available() && !ejected;
        }
    }

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
        views.put(id, new View(HealthState.UP, false, 0, 0, -1));
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
        if (!outliers.onResult(id, ok)) {
            return;
        }
        long ejectionMs = outliers.ejectionTimeMs(id);
        log.keep(new LabEvent.Ejected(id, ejectionMs, scheduler.clock().labNanos()));
        publish(
                id,
                view -> new View(
                        view.state(), true, view.consecutiveFailures(), view.lastRttMs(), view.lastGoodNanos()));
        scheduler.after(
                ejectionMs * 1_000_000L,
                () -> plane.execute(() -> {
                    outliers.uneject(id);
                    log.keep(new LabEvent.Unejected(id, scheduler.clock().labNanos()));
                    publish(
                            id,
                            view -> new View(
                                    view.state(),
                                    false,
                                    view.consecutiveFailures(),
                                    view.lastRttMs(),
                                    view.lastGoodNanos()));
                }));
    }

    private void applyHeartbeat(ServerId id, boolean ok, double rttMs) {
        HealthStateMachine machine = machines.get(id);
        HealthState before = machine.state();
        machine.onHeartbeat(ok);
        long now = scheduler.clock().labNanos();
        log.offer(new LabEvent.Heartbeat(id, ok, rttMs, now));
        if (machine.state() != before) {
            log.keep(new LabEvent.HealthChanged(id, before, machine.state(), now));
        }
        publish(
                id,
                view -> new View(
                        machine.state(),
                        view.ejected(),
                        machine.consecutiveFailures(),
                        rttMs,
                        ok ? now : view.lastGoodNanos()));
    }

    /** Records the server's new view and, if its availability changed, tells the balancer. */
    private void publish(ServerId id, UnaryOperator<View> change) {
        plane.checkOnPlane();
        View before = views.get(id);
        View after = change.apply(before);
        if (after.available() != before.available()) {
            if (after.available()) {
                ramp.returned(id);
            }
            balancer.setAvailable(id, after.available());
        }
        views.put(id, after);
    }
}
