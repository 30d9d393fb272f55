package dev.balancelab.io;

import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import java.util.stream.Collectors;

/**
 * The comment both config exports add for what they leave out of the data tier: the servers' own caches and the
 * storage tier behind them.
 */
final class CacheNote {
    private CacheNote() {}

    /**
     * A comment line naming the servers with a cache, or an empty string if none has one. Neither an nginx
     * {@code upstream} nor an HAProxy {@code backend} can say that a backend caches: those caches live in the backends
     * (nginx {@code proxy_cache} or HAProxy {@code cache} would cache at the balancer instead, for every server).
     */
    static String comment(Topology topology) {
        String cached = topology.servers().stream()
                .filter(s -> s.cache() != null)
                .map(CacheNote::describe)
                .collect(Collectors.joining(", "));
        String caches = cached.isEmpty()
                ? ""
                : "    # left out: the backends' own caches (" + cached + "); a balancer-side cache (nginx proxy_cache,"
                        + " HAProxy cache) would be shared by all servers\n";
        return caches + storage(topology.storage());
    }

    /**
     * A comment line for the storage tier, or an empty string if there is none: the servers' database, partitioned
     * and replicated behind them, is no part of a balancer's configuration.
     */
    private static String storage(StorageSpec s) {
        if (s == null) {
            return "";
        }
        var r = s.replication();
        return "    # left out: the storage tier behind the servers ("
                + s.nodes().size() + " nodes, "
                + ObjectNode.jsonName(s.partitioning()) + " partitioning, N=" + r.replicas() + " W=" + r.writeQuorum()
                + " R=" + r.readQuorum() + "); the servers, not the balancer, talk to it\n";
    }

    private static String describe(ServerSpec s) {
        return s.id() + " " + s.cache().capacity() + " keys "
                + ObjectNode.jsonName(s.cache().policy());
    }
}
