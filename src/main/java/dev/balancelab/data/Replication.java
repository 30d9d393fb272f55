package dev.balancelab.data;

import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import java.util.Collection;
import java.util.Set;

/**
 * Quorum reads and writes on a {@link StorageRing} (Dynamo, DeCandia et al., SOSP 2007, section 4.5, strict quorums:
 * only the nodes of the key's preference list count; no sloppy quorum or hinted handoff). A read of a key succeeds when
 * at least R of its N replicas are up, a write when at least W are.
 */
public final class Replication {
    private final StorageRing ring;
    private final ReplicationSpec spec;

    public Replication(StorageRing ring, ReplicationSpec spec) {
        this.ring = ring;
        this.spec = spec;
    }

    /** Replicas of {@code key} that are not in {@code down}. */
    public int liveReplicas(String key, Set<ServerId> down) {
        return (int) ring.preferenceList(key, spec.replicas()).stream()
                .filter(id -> !down.contains(id))
                .count();
    }

    /** Whether a read of {@code key} reaches R live replicas. */
    public boolean read(String key, Set<ServerId> down) {
        return liveReplicas(key, down) >= spec.readQuorum();
    }

    /** Whether a write of {@code key} reaches W live replicas. */
    public boolean write(String key, Set<ServerId> down) {
        return liveReplicas(key, down) >= spec.writeQuorum();
    }

    /**
     * How {@code keys} stand with the nodes in {@code down}: under-replicated keys have fewer than N live replicas,
     * unavailable keys fewer than {@code max(R, W)}, so that a read or a write of them fails.
     */
    public KeyHealth health(Collection<String> keys, Set<ServerId> down) {
        int under = 0;
        int unavailable = 0;
        int both = Math.max(spec.readQuorum(), spec.writeQuorum());
        for (String key : keys) {
            int live = liveReplicas(key, down);
            under += live < spec.replicas() ? 1 : 0;
            unavailable += live < both ? 1 : 0;
        }
        return new KeyHealth(under, unavailable);
    }

    /**
     * @param underReplicatedKeys keys with fewer than N live replicas
     * @param unavailableKeys keys a read or a write of which fails
     */
    public record KeyHealth(int underReplicatedKeys, int unavailableKeys) {}
}
