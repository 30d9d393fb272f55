package dev.balancelab.domain;

import java.util.Objects;

/**
 * One load balancer of a lab that may have several (issue 14): its id, the site it runs in and its settings. Every
 * balancer runs its own picker and its own health checker over the servers of its region.
 *
 * @param id unique among balancers, servers and regions (for example {@code lb1}); what {@code kill:lb1} names
 * @param region the site it runs in, {@code ""} for none (then it balances over every server)
 * @param spec its algorithm, health check, retry policy and outlier detection
 */
public record BalancerInstance(String id, String region, BalancerSpec spec) {
    /** The id the single balancer of a file without {@code balancers[]} gets. */
    public static final String FIRST_ID = "lb1";

    /** @throws IllegalArgumentException if {@code id} is blank */
    public BalancerInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(spec, "spec");
        if (id.isBlank()) {
            throw new IllegalArgumentException("balancer id must not be blank");
        }
    }

    /** A copy with other settings. */
    public BalancerInstance withSpec(BalancerSpec value) {
        return new BalancerInstance(id, region, value);
    }
}
