package dev.balancelab.data;

import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import java.util.List;

/**
 * Where a key lives in a storage tier: its preference list, the nodes that hold it, its owner first (Dynamo,
 * DeCandia et al., SOSP 2007, section 4.3). Immutable and thread-safe.
 */
public interface Partitioner {
    /** The storage nodes, in the order of the spec. */
    List<ServerId> nodes();

    /**
     * The key's preference list: the first {@code n} distinct nodes that hold it, its owner first; every node if there
     * are fewer than {@code n}.
     */
    List<ServerId> preferenceList(String key, int n);

    /** The node that owns {@code key}: the head of its preference list. */
    default ServerId owner(String key) {
        return preferenceList(key, 1).get(0);
    }

    /** The partitioner {@code spec} asks for: a {@link StorageRing} or a {@link RangePartitioner}. */
    static Partitioner of(StorageSpec spec) {
        List<ServerId> ids = spec.nodes().stream().map(StorageNodeSpec::id).toList();
        return spec.partitioning() == Partitioning.HASH
                ? new StorageRing(ids, spec.virtualNodes())
                : new RangePartitioner(ids, spec.splitPoints());
    }
}
