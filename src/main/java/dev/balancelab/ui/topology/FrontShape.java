package dev.balancelab.ui.topology;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.List;

/**
 * What the canvas draws of a topology's balancer tier (issue 14): the balancers' ids, whether there is a DNS node, and
 * the sites with the region of every balancer and server.
 *
 * @param balancers the balancers' ids in topology order, at least one
 * @param tiered whether the lab has more than one plain balancer (several, a VIP, DNS or regions): then balancer cards
 *     name their balancer and show its state
 * @param dns whether a DNS node stands in front of the balancers
 * @param regions the sites in the file's order (the failover order), empty for none
 * @param balancerRegions the region of each balancer, {@code ""} for none
 * @param serverRegions the region of each server, {@code ""} for none
 * @param latencyMs the round trip between two regions, lab ms
 * @param vrrp the indices of the balancers of the VRRP group, empty without a VIP
 */
record FrontShape(
        List<String> balancers,
        boolean tiered,
        boolean dns,
        List<String> regions,
        List<String> balancerRegions,
        List<String> serverRegions,
        long latencyMs,
        List<Integer> vrrp) {
    /** One plain balancer, no DNS, no regions: every lab before issue 14. */
    static final FrontShape SINGLE = new FrontShape(
            List.of(BalancerInstance.FIRST_ID), false, false, List.of(), List.of(""), List.of(), 0, List.of());

    FrontShape {
        balancers = List.copyOf(balancers);
        regions = List.copyOf(regions);
        balancerRegions = List.copyOf(balancerRegions);
        serverRegions = List.copyOf(serverRegions);
        vrrp = List.copyOf(vrrp);
    }

    static FrontShape of(Topology t) {
        Frontend front = t.front();
        Regions regions = front.regions();
        List<String> ids = t.balancers().stream().map(BalancerInstance::id).toList();
        return new FrontShape(
                ids,
                !front.single(),
                front.dns() != null,
                List.copyOf(regions.weights().keySet()),
                t.balancers().stream().map(BalancerInstance::region).toList(),
                t.servers().stream().map(ServerSpec::id).map(regions::ofServer).toList(),
                regions.latencyMs(),
                front.vip() == null
                        ? List.of()
                        : front.vip().members().stream()
                                .map(m -> ids.indexOf(m.balancer()))
                                .toList());
    }

    /** Index of the balancer with this id, or -1. */
    int balancer(String id) {
        return balancers.indexOf(id);
    }
}
