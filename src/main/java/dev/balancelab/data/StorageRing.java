package dev.balancelab.data;

import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.HashRing;
import dev.balancelab.balancing.Hashing;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Storage nodes on a consistent-hashing ring with virtual nodes ({@link HashRing}, the balancer's ring), and each key's
 * preference list as Dynamo defines it (DeCandia et al., SOSP 2007, section 4.3): the key's coordinator is the first
 * node clockwise from the key's position, and its replicas are the next {@code N - 1} <em>distinct</em> nodes
 * clockwise, skipping further virtual nodes of a node already in the list. Immutable.
 */
public final class StorageRing implements Partitioner {
    private final HashRing ring;
    private final List<ServerId> nodes;

    /**
     * @param nodes the storage nodes, at least one, distinct
     * @param virtualNodes ring points per node, &gt;= 1
     */
    public StorageRing(List<ServerId> nodes, int virtualNodes) {
        if (nodes.isEmpty() || Set.copyOf(nodes).size() != nodes.size()) {
            throw new IllegalArgumentException("storage nodes must be distinct and at least one: " + nodes);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        nodes.forEach(id -> endpoints.add(new Endpoint(id, 1, new LoadStats(1))));
        this.ring = HashRing.build(endpoints, virtualNodes);
        this.nodes = List.copyOf(nodes);
    }

    /** The ring itself, to draw. */
    public HashRing ring() {
        return ring;
    }

    @Override
    public List<ServerId> nodes() {
        return nodes;
    }

    /**
     * The key's preference list: the first {@code n} distinct nodes clockwise from {@code hash64(key)}, the coordinator
     * first; all nodes if there are fewer than {@code n}.
     */
    @Override
    public List<ServerId> preferenceList(String key, int n) {
        long hash = Hashing.hash64(key);
        Set<ServerId> list = new LinkedHashSet<>();
        while (list.size() < Math.min(n, nodes.size())) {
            list.add(ring.lookup(hash, list).id());
        }
        return List.copyOf(list);
    }
}
