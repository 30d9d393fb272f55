package dev.balancelab.ui.editor;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.ServerSpec;

/** The property sheet's choice of a server's cache: none, or one of the {@link CachePolicy policies}. */
enum CacheChoice {
    NONE(null),
    LRU(CachePolicy.LRU),
    W_TINYLFU(CachePolicy.W_TINYLFU);

    private final CachePolicy policy;

    CacheChoice(CachePolicy policy) {
        this.policy = policy;
    }

    /** The choice {@code server} has now. */
    static CacheChoice of(ServerSpec server) {
        if (server.cache() == null) {
            return NONE;
        }
        return server.cache().policy() == CachePolicy.LRU ? LRU : W_TINYLFU;
    }

    /**
     * {@code server} with this choice: no cache, or its cache (or {@link CacheSpec#DEFAULT}, when it had none) under
     * this policy, capacity and hit time kept.
     */
    ServerSpec applyTo(ServerSpec server) {
        if (policy == null) {
            return server.withCache(null);
        }
        CacheSpec cache = server.cache() == null ? CacheSpec.DEFAULT : server.cache();
        return server.withCache(cache.withPolicy(policy));
    }
}
