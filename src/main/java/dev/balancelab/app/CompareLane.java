package dev.balancelab.app;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.VirtualLab;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.compare.ComparedLab;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pane of View → Compare: the lab under one algorithm on a {@link VirtualLab}, started at once, run by the window.
 */
final class CompareLane implements ComparedLab {
    private final AlgorithmKind algorithm;
    private final List<Arrival> arrivals = new ArrayList<>();
    private final VirtualLab lab;

    /** {@code topology} under {@code algorithm}, seeded with {@code seed}. */
    CompareLane(Topology topology, long seed, AlgorithmKind algorithm) {
        this.algorithm = algorithm;
        this.lab = new VirtualLab(topology.withBalancer(topology.balancer().withAlgorithm(algorithm)), seed, e -> {
            if (e instanceof LabEvent.AttemptStarted a && a.attempt() == 1 && arrivals.size() < MAX_ARRIVALS) {
                arrivals.add(new Arrival(a.requestId(), a.key(), a.nanos()));
            }
        });
        lab.engine().start();
    }

    @Override
    public AlgorithmKind algorithm() {
        return algorithm;
    }

    @Override
    public void runTo(long labMs) {
        lab.runTo(labMs);
    }

    @Override
    public MetricsSnapshot snapshot() {
        return lab.engine().snapshot();
    }

    @Override
    public KeyTally keys() {
        return lab.keys();
    }

    @Override
    public List<Arrival> arrivals() {
        return Collections.unmodifiableList(arrivals);
    }

    @Override
    public void kill(ServerId server) {
        lab.engine().kill(server);
    }

    @Override
    public void revive(ServerId server) {
        lab.engine().revive(server);
    }

    @Override
    public void close() {
        lab.close();
    }
}
