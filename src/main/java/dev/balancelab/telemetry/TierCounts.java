package dev.balancelab.telemetry;

import java.util.List;

/**
 * The balancer tier's figures at one moment (issue 14).
 *
 * @param balancers each balancer's figures and health view, in topology order
 * @param dns the DNS resolvers' figures, or null without a DNS name
 * @param clientRetries requests the clients sent again after a failed try
 */
public record TierCounts(List<BalancerMetrics> balancers, DnsCounts dns, long clientRetries) {
    /** Copies {@code balancers}. */
    public TierCounts {
        balancers = List.copyOf(balancers);
    }
}
