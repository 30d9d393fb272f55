package dev.balancelab.io;

import dev.balancelab.domain.Limits;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a topology file's optional {@code storage} object (see {@code sample-topologies/README.md}): its nodes, the
 * partitioning and Dynamo's N, W and R. Absent fields take their defaults: hash partitioning, 64 virtual nodes,
 * {@code N = min(3, nodes)}, {@code W = R = N / 2 + 1} (a majority), strict quorums.
 */
final class StorageReader {
    private static final double STORAGE_X = 0.97;
    private static final List<String> STORAGE = List.of(
            "partitioning",
            "virtualNodes",
            "splitPoints",
            "replicas",
            "writeQuorum",
            "readQuorum",
            "sloppyQuorum",
            "nodes");
    private static final List<String> NODE = List.of("id", "name", "latencyMs", "position");

    private StorageReader() {}

    /** The storage tier of {@code top}, or null if it has none; node ids must differ from the servers'. */
    static StorageSpec read(ObjectNode top, List<ServerSpec> servers) throws TopologyFileException {
        if (!top.has("storage")) {
            return null;
        }
        ObjectNode n = top.object("storage", STORAGE);
        List<StorageNodeSpec> nodes = nodes(n.objects("nodes", NODE, true, Limits.MAX_STORAGE_NODES), servers);
        Partitioning partitioning = n.constant("partitioning", Partitioning.class, Partitioning.HASH);
        int virtualNodes =
                n.integer("virtualNodes", StorageSpec.DEFAULT_VIRTUAL_NODES, 1, Limits.MAX_VIRTUAL_NODES_PER_WEIGHT);
        List<String> splitPoints = n.strings("splitPoints");
        String problem = StorageSpec.splitPointProblem(partitioning, splitPoints, nodes.size());
        if (problem != null) {
            throw n.error("splitPoints", problem);
        }
        int replicas = n.integer("replicas", Math.min(3, nodes.size()), 1, nodes.size());
        int majority = replicas / 2 + 1;
        ReplicationSpec replication = new ReplicationSpec(
                replicas,
                n.integer("writeQuorum", majority, 1, replicas),
                n.integer("readQuorum", majority, 1, replicas));
        return new StorageSpec(
                nodes, partitioning, virtualNodes, splitPoints, replication, n.flag("sloppyQuorum", false));
    }

    private static List<StorageNodeSpec> nodes(List<ObjectNode> list, List<ServerSpec> servers)
            throws TopologyFileException {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < servers.size(); i++) {
            seen.put(servers.get(i).id().value(), "servers[" + i + "].id");
        }
        List<StorageNodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ObjectNode n = list.get(i);
            String id = TopologyReader.unique(n, n.string("id", null), seen);
            StorageNodeSpec d =
                    StorageNodeSpec.defaults(ServerId.of(id), TopologyReader.spread(STORAGE_X, i, list.size()));
            nodes.add(new StorageNodeSpec(
                    d.id(),
                    n.string("name", d.name()),
                    n.decimal("latencyMs", d.latencyMs(), 0, Limits.MAX_STORAGE_LATENCY_MS),
                    TopologyReader.position(n, d.position())));
        }
        return nodes;
    }
}
