package dev.balancelab.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A storage tier behind the servers (Dynamo, DeCandia et al., "Dynamo: Amazon's Highly Available Key-value Store",
 * SOSP 2007): a request a server serves without a cache hit reads or writes its key on the key's replicas, the first N
 * distinct nodes of its preference list (section 4.3), and succeeds when R (a read) or W (a write) of them answer
 * (section 4.5). With {@code sloppyQuorum} a write or read whose home replicas are down goes to the next healthy nodes
 * of the ring instead, and a write left there carries a hint that is handed back when the home replica returns
 * (hinted handoff, section 4.6).
 *
 * @param nodes the storage nodes, {@code 1..}{@link Limits#MAX_STORAGE_NODES}, distinct ids
 * @param partitioning how keys are spread over the nodes
 * @param virtualNodes ring points per node under {@link Partitioning#HASH}, {@code 1..}
 *     {@link Limits#MAX_VIRTUAL_NODES_PER_WEIGHT}
 * @param splitPoints under {@link Partitioning#RANGE}, the {@code nodes - 1} keys where one node's range ends and the
 *     next one's begins, strictly ascending in {@link String#compareTo} order (as byte order for ASCII keys); kept
 *     but unused under {@link Partitioning#HASH}, so that switching back and forth loses nothing
 * @param replication N, W and R; N at most the number of nodes
 * @param sloppyQuorum whether reads and writes skip to the next healthy nodes (with hinted handoff) when home
 *     replicas are down; false for strict quorums
 */
public record StorageSpec(
        List<StorageNodeSpec> nodes,
        Partitioning partitioning,
        int virtualNodes,
        List<String> splitPoints,
        ReplicationSpec replication,
        boolean sloppyQuorum) {
    /** The default ring points per node: 64. */
    public static final int DEFAULT_VIRTUAL_NODES = 64;

    /**
     * @throws IllegalArgumentException if there are no nodes or too many, two share an id, N exceeds the nodes, or
     *     the split points are not {@code nodes - 1} strictly ascending keys under range partitioning
     */
    public StorageSpec {
        nodes = List.copyOf(nodes);
        splitPoints = List.copyOf(splitPoints);
        Objects.requireNonNull(partitioning, "partitioning");
        Objects.requireNonNull(replication, "replication");
        Checks.atLeast("nodes", nodes.size(), 1);
        Checks.atMost("nodes", nodes.size(), Limits.MAX_STORAGE_NODES);
        Checks.atLeast("virtualNodes", virtualNodes, 1);
        Checks.atMost("virtualNodes", virtualNodes, Limits.MAX_VIRTUAL_NODES_PER_WEIGHT);
        Checks.atMost("replicas", replication.replicas(), nodes.size());
        var ids = new HashSet<ServerId>();
        nodes.forEach(n -> {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("duplicate storage node id " + n.id());
            }
        });
        String problem = splitPointProblem(partitioning, splitPoints, nodes.size());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * What is wrong with {@code splitPoints} for {@code nodes} nodes under {@code partitioning}, or null if nothing:
     * range partitioning needs {@code nodes - 1} strictly ascending keys; hash partitioning ignores them.
     */
    public static String splitPointProblem(Partitioning partitioning, List<String> splitPoints, int nodes) {
        if (partitioning == Partitioning.HASH) {
            return null;
        }
        if (splitPoints.size() != nodes - 1) {
            return "range partitioning of " + nodes + " nodes needs " + (nodes - 1) + " split points, has "
                    + splitPoints.size();
        }
        for (int i = 1; i < splitPoints.size(); i++) {
            if (splitPoints.get(i - 1).compareTo(splitPoints.get(i)) >= 0) {
                return "split points must be strictly ascending, but \"" + splitPoints.get(i - 1) + "\" comes before \""
                        + splitPoints.get(i) + "\"";
            }
        }
        return null;
    }

    /** The node with this id, if any. */
    public Optional<StorageNodeSpec> node(ServerId id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** A copy with other nodes, checked as the constructor checks it. */
    public StorageSpec withNodes(List<StorageNodeSpec> value) {
        return new StorageSpec(value, partitioning, virtualNodes, splitPoints, replication, sloppyQuorum);
    }

    /** A copy with another {@code partitioning}, checked as the constructor checks it. */
    public StorageSpec withPartitioning(Partitioning value) {
        return new StorageSpec(nodes, value, virtualNodes, splitPoints, replication, sloppyQuorum);
    }

    /** A copy with another {@code virtualNodes}, checked as the constructor checks it. */
    public StorageSpec withVirtualNodes(int value) {
        return new StorageSpec(nodes, partitioning, value, splitPoints, replication, sloppyQuorum);
    }

    /** A copy with other split points, checked as the constructor checks it. */
    public StorageSpec withSplitPoints(List<String> value) {
        return new StorageSpec(nodes, partitioning, virtualNodes, value, replication, sloppyQuorum);
    }

    /** A copy with another N, W and R, checked as the constructor checks it. */
    public StorageSpec withReplication(ReplicationSpec value) {
        return new StorageSpec(nodes, partitioning, virtualNodes, splitPoints, value, sloppyQuorum);
    }

    /** A copy with sloppy quorums on or off. */
    public StorageSpec withSloppyQuorum(boolean value) {
        return new StorageSpec(nodes, partitioning, virtualNodes, splitPoints, replication, value);
    }
}
