package dev.balancelab.engine;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.LabEvent;
import java.util.Map;

/** Puts servers into failure modes on the control plane, runs flapping, and records each injection. */
final class FailureInjector {
    private final Map<ServerId, ServerNode> servers;
    private final LabScheduler scheduler;
    private final ControlPlane plane;
    private final EventLog log;

    FailureInjector(Map<ServerId, ServerNode> servers, LabScheduler scheduler, ControlPlane plane, EventLog log) {
        this.servers = servers;
        this.scheduler = scheduler;
        this.plane = plane;
        this.log = log;
    }

    /** Queues the injection of {@code mode} into server {@code id} on the control plane; an unknown id is ignored. */
    void inject(ServerId id, FailureMode mode) {
        plane.execute(() -> apply(id, mode));
    }

    private void apply(ServerId id, FailureMode mode) {
        plane.checkOnPlane();
        ServerNode node = servers.get(id);
        if (node == null) {
            return;
        }
        node.inject(mode);
        if (mode.kind() == FailureKind.FLAPPING) {
            scheduleFlap(node, mode);
        }
        log.keep(new LabEvent.Injected(id, mode, scheduler.clock().labNanos()));
    }

    /** Every half period, while the server still flaps with this very mode, crashes or restarts it. */
    private void scheduleFlap(ServerNode node, FailureMode mode) {
        scheduler.after(
                mode.flapPeriodMs() * 500_000L,
                () -> plane.execute(() -> {
                    if (node.failure() == mode) {
                        node.toggle();
                        scheduleFlap(node, mode);
                    }
                }));
    }
}
