package dev.balancelab.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sites of a lab (issue 14): which region each client and server is in (balancers carry their own), the latency
 * between two different regions and the global policy that sends clients to a site. A balancer in a region balances
 * over the servers of that region and the servers of none.
 *
 * @param clients region by client id; a client not listed is in no region (every region is near)
 * @param servers region by server id; a server not listed serves every region's balancers
 * @param latencyMs round trip between two different regions in lab ms, added to a request that crosses; &gt;= 0
 * @param policy how clients choose a site
 * @param weights the regions in order (the failover order) with their weights for {@link GlobalPolicy#WEIGHTED},
 *     each &gt;= 0; empty when the lab has no regions
 */
public record Regions(
        Map<String, String> clients,
        Map<String, String> servers,
        long latencyMs,
        GlobalPolicy policy,
        Map<String, Double> weights) {
    /** A lab without regions. */
    public static final Regions NONE = new Regions(Map.of(), Map.of(), 0, GlobalPolicy.NEAREST, Map.of());

    /** Copies the maps, keeping the order of {@code weights}. */
    public Regions {
        clients = Map.copyOf(clients);
        servers = Map.copyOf(servers);
        Checks.atLeast("latencyMs", latencyMs, 0);
        Objects.requireNonNull(policy, "policy");
        weights.values().forEach(w -> Checks.atLeast("weight", w, 0));
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Whether the lab has regions. */
    public boolean any() {
        return !weights.isEmpty();
    }

    /** The region of client {@code id}, {@code ""} for none. */
    public String ofClient(String id) {
        return clients.getOrDefault(id, "");
    }

    /** The region of server {@code id}, {@code ""} for none. */
    public String ofServer(ServerId id) {
        return servers.getOrDefault(id.value(), "");
    }

    /** Whether a balancer in {@code balancerRegion} balances over server {@code id}: one of its region, or of none. */
    public boolean serves(String balancerRegion, ServerId id) {
        String region = ofServer(id);
        return region.isEmpty() || region.equals(balancerRegion);
    }

    /** Lab ms a request from {@code from} to {@code to} adds: 0 within a region or when either is none. */
    public long latencyMs(String from, String to) {
        return from.isEmpty() || to.isEmpty() || from.equals(to) ? 0 : latencyMs;
    }
}
