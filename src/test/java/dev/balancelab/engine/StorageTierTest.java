package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.data.Replication;
import dev.balancelab.data.StorageRing;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.DataCounts;
import dev.balancelab.telemetry.DotSampler;
import dev.balancelab.telemetry.LabEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The storage tier driven by the engine in virtual time (seed 7): Dynamo's N = 3, R = W = 2 on six nodes (SOSP 2007,
 * sections 4.3, 4.5 and 4.6), one retry-less attempt per request, so a failed quorum is a failed request.
 */
class StorageTierTest {
    private static final List<ServerId> NODES =
            IntStream.rangeClosed(1, 6).mapToObj(i -> ServerId.of("db" + i)).toList();
    private static final ReplicationSpec N3_R2_W2 = new ReplicationSpec(3, 2, 2);

    /** Two servers at 200 requests/s over 500 users, a third of them writes, in front of six storage nodes. */
    private static Topology lab(boolean sloppy) {
        Topology t = Topologies.of(2, 200, 5, 1, new HealthCheckSpec(1000, 500, 3, 2));
        StorageSpec storage = new StorageSpec(
                NODES.stream()
                        .map(id -> StorageNodeSpec.defaults(id, new Position(0.95, 0.5)))
                        .toList(),
                Partitioning.HASH,
                64,
                List.of(),
                N3_R2_W2,
                sloppy);
        return t.withClients(t.clients().stream()
                        .map(c -> c.withUsers(500).withWriteProportion(1 / 3.0))
                        .toList())
                .withStorage(storage);
    }

    /** Runs the lab 1 s, kills {@code down} at once, runs 3 s more; returns the operations sent after the kills. */
    private static List<LabEvent.StorageOp> opsWithDown(EngineProbe lab, Set<ServerId> down) {
        lab.engine.start();
        lab.time.advanceBy(1_000);
        lab.drain();
        down.forEach(lab.engine::kill);
        lab.run(1);
        lab.drain();
        lab.run(3_000);
        return lab.drain().stream()
                .filter(e -> e instanceof LabEvent.StorageOp)
                .map(e -> (LabEvent.StorageOp) e)
                .toList();
    }

    @Test
    void aboveTheDotBudgetOnlyTheDrawnRequestsGetStorageEventsAndEveryOperationIsCounted() {
        try (EngineProbe lab = new EngineProbe(lab(false), 7, 1 << 16)) {
            // 200 requests/s whose dots travel 1 s, 20 dots at most: one request in 10 is drawn after the first second
            DotSampler sampler = new DotSampler(20, 1_000_000_000L);
            lab.engine.events().sampleAttempts(sampler);
            lab.engine.start();
            lab.run(1_000);
            lab.drain();
            DataCounts before = lab.engine.snapshot().data();
            lab.run(3_000);
            List<LabEvent> events = lab.drain();
            DataCounts after = lab.engine.snapshot().data();

            assertEquals(10, sampler.perDot());
            long operations = after.reads() + after.writes() - before.reads() - before.writes();
            Set<Long> drawn = events.stream()
                    .filter(e -> e instanceof LabEvent.AttemptStarted)
                    .map(e -> ((LabEvent.AttemptStarted) e).requestId())
                    .collect(Collectors.toSet());
            List<Long> ops = events.stream()
                    .filter(e -> e instanceof LabEvent.StorageOp)
                    .map(e -> ((LabEvent.StorageOp) e).requestId())
                    .toList();
            assertTrue(operations > 500, "every operation is counted: " + operations);
            assertEquals(operations / 10.0, ops.size(), operations / 20.0, "one operation in 10 gets an event");
            assertTrue(drawn.containsAll(ops), "a storage event only for a request whose attempt has a dot");
        }
    }

    @Test
    void withOneNodeDownNoReadOrWriteFails() {
        try (EngineProbe lab = new EngineProbe(lab(false), 7, 1 << 16)) {
            List<LabEvent.StorageOp> ops = opsWithDown(lab, Set.of(NODES.get(2)));
            DataCounts d = lab.engine.snapshot().data();
            assertTrue(d.reads() > 300 && d.writes() > 150, "reads and writes both ran: " + d);
            assertEquals(0, d.failedReads() + d.failedWrites(), d.toString());
            assertEquals(0, lab.engine.snapshot().counts().failed());
            assertTrue(ops.stream().anyMatch(op -> op.refused().contains(NODES.get(2))), "db3 refused its share");
            assertTrue(d.underReplicatedKeys() > 0, "db3's keys lost a replica");
            assertEquals(0, d.unavailableKeys());
        }
    }

    @Test
    void withTwoNodesDownExactlyTheKeysWhosePreferenceListLostTwoFail() {
        Set<ServerId> down = Set.of(NODES.get(1), NODES.get(3));
        StorageRing ring = new StorageRing(NODES, 64);
        try (EngineProbe lab = new EngineProbe(lab(false), 7, 1 << 16)) {
            List<LabEvent.StorageOp> ops = opsWithDown(lab, down);
            long lostTwo = ops.stream()
                    .filter(op -> ring.preferenceList(op.key(), 3).containsAll(down))
                    .count();
            assertTrue(lostTwo > 0 && lostTwo < ops.size() / 2, "some operations, not most: " + lostTwo);
            for (LabEvent.StorageOp op : ops) {
                assertEquals(!ring.preferenceList(op.key(), 3).containsAll(down), op.ok(), op.key());
            }
            DataCounts d = lab.engine.snapshot().data();
            long failedOps = ops.stream().filter(op -> !op.ok()).count();
            assertEquals(failedOps, lab.engine.snapshot().counts().failed(), "a failed quorum fails the request");
            assertTrue(d.failedReads() > 0 && d.failedWrites() > 0, d.toString());
            List<String> keys =
                    IntStream.range(0, 500).mapToObj(u -> "user-" + u).toList();
            assertEquals(
                    new Replication(ring, N3_R2_W2).health(keys, down).unavailableKeys(),
                    d.unavailableKeys(),
                    "unavailable keys are those whose preference list lost two nodes");
        }
    }

    @Test
    void sloppyQuorumKeepsWritingAndHandsTheHintsBackOnRevive() {
        ServerId db2 = NODES.get(1);
        ServerId db4 = NODES.get(3);
        try (EngineProbe lab = new EngineProbe(lab(true), 7, 1 << 16)) {
            List<LabEvent.StorageOp> ops = opsWithDown(lab, Set.of(db2, db4));
            DataCounts down = lab.engine.snapshot().data();
            assertEquals(0, down.failedReads() + down.failedWrites(), "a sloppy quorum finds two running nodes");
            assertTrue(down.hintsStored() > 0, down.toString());
            assertTrue(ops.stream()
                    .noneMatch(op -> op.targets().contains(db2) || op.targets().contains(db4)));
            assertEquals(0, down.hintsDelivered(), "nothing handed back while they are down");
            lab.engine.revive(db2);
            lab.engine.revive(db4);
            lab.run(1);
            List<LabEvent.HintsHandedOff> handoffs = lab.drain().stream()
                    .filter(e -> e instanceof LabEvent.HintsHandedOff)
                    .map(e -> (LabEvent.HintsHandedOff) e)
                    .toList();
            DataCounts after = lab.engine.snapshot().data();
            assertEquals(down.hintsStored(), after.hintsDelivered(), "every hint goes home on revive");
            assertEquals(
                    after.hintsDelivered(),
                    handoffs.stream().mapToInt(LabEvent.HintsHandedOff::keys).sum());
            assertTrue(handoffs.stream().allMatch(h -> Set.of(db2, db4).contains(h.home())), handoffs.toString());
            assertFalse(handoffs.stream().anyMatch(h -> Set.of(db2, db4).contains(h.holder())));
            assertEquals(0, after.underReplicatedKeys());
        }
    }
}
