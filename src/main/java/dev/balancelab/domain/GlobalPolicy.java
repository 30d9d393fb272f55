package dev.balancelab.domain;

import java.util.Locale;

/**
 * How clients choose a site when a lab has regions (a global server load balancer, as Route 53's routing policies
 * or NS1's filters do it). A site is live while one of its balancers runs.
 */
public enum GlobalPolicy {
    /** Latency-based: the client's own region if it is live, else the live region with the least latency. */
    NEAREST,
    /** Weighted: each request goes to a live region drawn by the regions' weights. */
    WEIGHTED,
    /** Failover only: every client goes to the first live region in the order of {@code regions.weights}. */
    FAILOVER;

    /** The file's spelling: {@code nearest}, {@code weighted}, {@code failover}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
