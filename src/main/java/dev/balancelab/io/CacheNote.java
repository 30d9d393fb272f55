package dev.balancelab.io;

import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.stream.Collectors;

/** The comment both config exports add for what they leave out of the data tier: the servers' own caches. */
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
        return cached.isEmpty()
                ? ""
                : "    # left out: the backends' own caches (" + cached + "); a balancer-side cache (nginx proxy_cache,"
                        + " HAProxy cache) would be shared by all servers\n";
    }

    private static String describe(ServerSpec s) {
        return s.id() + " " + s.cache().capacity() + " keys "
                + ObjectNode.jsonName(s.cache().policy());
    }
}
