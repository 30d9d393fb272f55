package dev.balancelab.engine;

import dev.balancelab.data.Partitioner;
import dev.balancelab.data.QuorumStore;
import dev.balancelab.data.Rebalance;
import dev.balancelab.data.Replication;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.telemetry.DataCounts;
import dev.balancelab.telemetry.LabEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The lab's storage tier: the servers' reads and writes on a {@link QuorumStore}, counted, timed by the nodes'
 * latencies and reported as {@link LabEvent.StorageOp} events; storage nodes killed and revived on the control plane,
 * with hinted handoff reported as {@link LabEvent.HintsHandedOff}. Operations run on the servers' threads (worker
 * threads in real time), kills and revives on the control plane. The key health (under-replicated, unavailable keys of
 * the clients' users) is measured after each kill and revive, on the control plane, never per snapshot.
 */
final class StorageTier {
    private final QuorumStore store;
    private final List<String> keys;
    private final LabClock clock;
    private final EventLog log;
    private final LongAdder reads = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder failedReads = new LongAdder();
    private final LongAdder failedWrites = new LongAdder();
    private final LongAdder hintsStored = new LongAdder();
    private final LongAdder hintsDelivered = new LongAdder();
    private volatile Replication.KeyHealth health = new Replication.KeyHealth(0, 0);

    /** @param clients their users' keys ({@code user-0} … up to the largest population) are the keys judged */
    StorageTier(StorageSpec spec, List<ClientSpec> clients, LabClock clock, EventLog log) {
        Map<ServerId, Double> latency =
                spec.nodes().stream().collect(Collectors.toMap(StorageNodeSpec::id, StorageNodeSpec::latencyMs));
        Replication replication = new Replication(Partitioner.of(spec), spec.replication(), spec.sloppyQuorum());
        this.store = new QuorumStore(replication, latency::get);
        this.keys = Rebalance.clientKeys(clients);
        this.clock = clock;
        this.log = log;
    }

    /** Whether {@code id} is one of the storage nodes. */
    boolean has(ServerId id) {
        return store.replication().partitioner().nodes().contains(id);
    }

    /**
     * Reads or writes the key of {@code server}'s {@code job} (its {@link Job#write()}), counts it and reports it as a
     * {@link LabEvent.StorageOp} if the job's request has a dot in the window ({@link Job#drawn}); the counters count
     * every operation.
     */
    StorageAnswer operate(Job job, ServerId server) {
        String key = job.key();
        boolean write = job.write();
        QuorumStore.Operation op = store.operate(key, write);
        (write ? writes : reads).increment();
        if (!op.ok()) {
            (write ? failedWrites : failedReads).increment();
        } else if (write) {
            hintsStored.add(op.standIns().size());
        }
        long nanos = (long) (op.latencyMs() * 1e6);
        if (job.drawn(log.queue())) {
            log.offer(new LabEvent.StorageOp(
                    job.requestId(),
                    server,
                    key,
                    write,
                    op.targets(),
                    op.refused(),
                    op.standIns(),
                    op.ok(),
                    nanos,
                    clock.labNanos()));
        }
        var spec = store.replication().spec();
        return new StorageAnswer(
                write,
                op.ok(),
                op.targets().size() - op.refused().size(),
                write ? spec.writeQuorum() : spec.readQuorum(),
                op.targets(),
                nanos);
    }

    /**
     * Kills ({@link FailureKind#CRASH}) or revives ({@link FailureMode#NONE}) a storage node; other modes are ignored.
     */
    void inject(ServerId node, FailureMode mode) {
        long now = clock.labNanos();
        if (mode.kind() == FailureKind.CRASH) {
            store.kill(node);
        } else if (mode.kind() == FailureKind.NONE) {
            for (QuorumStore.Handoff h : store.revive(node)) {
                hintsDelivered.add(h.keys());
                log.offer(new LabEvent.HintsHandedOff(h.holder(), h.home(), h.keys(), now));
            }
        } else {
            return;
        }
        health = store.health(keys).health();
        log.keep(new LabEvent.Injected(node, mode, now));
    }

    /** The figures now. */
    DataCounts counts() {
        Replication.KeyHealth h = health;
        return new DataCounts(
                reads.sum(),
                writes.sum(),
                failedReads.sum(),
                failedWrites.sum(),
                h.underReplicatedKeys(),
                h.unavailableKeys(),
                hintsStored.sum(),
                hintsDelivered.sum());
    }
}
