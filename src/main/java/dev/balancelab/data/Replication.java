package dev.balancelab.data;

import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Quorum reads and writes on a {@link Partitioner} (Dynamo, DeCandia et al., SOSP 2007). Strict quorums (section
 * 4.5): an operation on a key goes to the N nodes of its preference list, and a read succeeds when at least R of them
 * are up, a write when at least W are. Sloppy quorums (section 4.6): it goes to the first N nodes of the key's whole
 * preference list that are up, so it fails only when fewer than R (W) nodes are up at all. Immutable.
 */
public final class Replication {
    private final Partitioner partitioner;
    private final ReplicationSpec spec;
    private final boolean sloppy;

    /** Strict quorums. */
    public Replication(Partitioner partitioner, ReplicationSpec spec) {
        this(partitioner, spec, false);
    }

    /** @param sloppy sloppy quorums (section 4.6) instead of strict ones */
    public Replication(Partitioner partitioner, ReplicationSpec spec, boolean sloppy) {
        this.partitioner = partitioner;
        this.spec = spec;
        this.sloppy = sloppy;
    }

    /** N, W and R. */
    public ReplicationSpec spec() {
        return spec;
    }

    /** The partitioner. */
    public Partitioner partitioner() {
        return partitioner;
    }

    /** Whether quorums are sloppy. */
    public boolean sloppy() {
        return sloppy;
    }

    /** The key's home replicas: the first N nodes of its preference list. */
    public List<ServerId> replicas(String key) {
        return partitioner.preferenceList(key, spec.replicas());
    }

    /**
     * The nodes an operation on {@code key} is sent to: strict, its N home replicas, up or not; sloppy, the first N
     * nodes of its whole preference list not in {@code down}.
     */
    public List<ServerId> targets(String key, Set<ServerId> down) {
        if (!sloppy) {
            return replicas(key);
        }
        return partitioner.preferenceList(key, partitioner.nodes().size()).stream()
                .filter(id -> !down.contains(id))
                .limit(spec.replicas())
                .toList();
    }

    /** Targets of an operation on {@code key} that are not in {@code down}: the ones that answer. */
    public int liveReplicas(String key, Set<ServerId> down) {
        return (int)
                targets(key, down).stream().filter(id -> !down.contains(id)).count();
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
     * How {@code keys} stand with the nodes in {@code down}: under-replicated keys have fewer than N live home
     * replicas, unavailable keys fewer than {@code max(R, W)} answering targets, so that a read or a write of them
     * fails.
     */
    public KeyHealth health(Collection<String> keys, Set<ServerId> down) {
        int under = 0;
        int unavailable = 0;
        int both = Math.max(spec.readQuorum(), spec.writeQuorum());
        for (String key : keys) {
            List<ServerId> home = replicas(key);
            under += home.stream().anyMatch(down::contains) ? 1 : 0;
            unavailable += liveReplicas(key, down) < both ? 1 : 0;
        }
        return new KeyHealth(under, unavailable);
    }

    /**
     * @param underReplicatedKeys keys with fewer than N live replicas
     * @param unavailableKeys keys a read or a write of which fails
     */
    public record KeyHealth(int underReplicatedKeys, int unavailableKeys) {}
}
