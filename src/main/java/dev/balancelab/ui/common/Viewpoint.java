package dev.balancelab.ui.common;

import dev.balancelab.telemetry.BalancerMetrics;
import java.util.List;

/**
 * Whose view of the servers' health the window shows in a lab of several balancers (issue 14), where each balancer
 * runs its own health checker: the Health tab's balancer at first, and every server card's state line.
 */
public final class Viewpoint {
    private Viewpoint() {}

    /**
     * The balancer whose health checker the window follows: the one holding the virtual IP (keepalived's MASTER, which
     * the clients reach) while it is alive, else the first one alive, else the VIP holder or the first; null for a lab
     * without balancers to choose from (one balancer, or a replay).
     *
     * @param vipHolder the VIP holder's id ({@link LabControl#vipHolder()}), null without a VIP
     * @param balancers each balancer's figures in topology order ({@link LabControl#balancers()})
     */
    public static String of(String vipHolder, List<BalancerMetrics> balancers) {
        boolean holderAlive =
                balancers.stream().filter(b -> b.id().equals(vipHolder)).allMatch(BalancerMetrics::alive);
        if (vipHolder != null && holderAlive) {
            return vipHolder;
        }
        return balancers.stream()
                .filter(BalancerMetrics::alive)
                .map(BalancerMetrics::id)
                .findFirst()
                .orElse(
                        vipHolder != null || balancers.isEmpty()
                                ? vipHolder
                                : balancers.get(0).id());
    }
}
