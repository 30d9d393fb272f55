package dev.balancelab.io;

import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;

/** What the nginx and HAProxy exports leave out of a lab with a balancer tier (issue 14), as a comment line. */
final class ExportNotes {
    private ExportNotes() {}

    /** A {@code # ...} line naming what is left out, or {@code ""} for a plain one-balancer lab. */
    static String tier(Topology topology) {
        Frontend front = topology.front();
        if (front.single()) {
            return "";
        }
        List<String> left = new ArrayList<>();
        if (!front.others().isEmpty()) {
            left.add("the other " + front.others().size() + " balancer(s)");
        }
        if (front.vip() != null) {
            left.add("the VIP " + front.vip().address() + " (a keepalived vrrp_instance on each balancer)");
        }
        if (front.dns() != null) {
            left.add("the DNS name (one A record per balancer, TTL "
                    + front.dns().ttlMs() / 1000 + " s)");
        }
        if (front.regions().any()) {
            left.add("the regions and their global policy (a GSLB's job)");
        }
        return "# the first balancer (" + front.firstId() + ") only; left out: " + String.join(", ", left) + "\n";
    }
}
