package dev.balancelab.cli;

import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.DnsCounts;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.TierCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balancer tier's part of {@code run --json} (issue 14), for labs with more than one balancer, a VIP, DNS or
 * regions: {@code perBalancer}, {@code vipTransitions}, {@code dns} and {@code clientRetries}.
 */
final class TierReport {
    private TierReport() {}

    static void add(Map<String, Object> out, TierCounts tier, List<LabEvent> history) {
        Map<String, Object> perBalancer = new LinkedHashMap<>();
        for (BalancerMetrics b : tier.balancers()) {
            perBalancer.put(
                    b.id(),
                    RunReport.row(
                            "alive",
                            b.alive(),
                            "vipHolder",
                            b.vipHolder(),
                            "received",
                            b.received(),
                            "completed",
                            b.completed(),
                            "failed",
                            b.failed(),
                            "lost",
                            b.lost(),
                            "refused",
                            b.refused()));
        }
        out.put("perBalancer", perBalancer);
        List<Object> moves = new ArrayList<>();
        for (LabEvent e : history) {
            if (e instanceof LabEvent.VipMoved v) {
                moves.add(RunReport.row("vip", v.vip(), "from", v.from(), "to", v.to(), "atMs", v.nanos() / 1e6));
            }
        }
        out.put("vipTransitions", moves);
        DnsCounts dns = tier.dns();
        if (dns != null) {
            out.put(
                    "dns",
                    RunReport.row(
                            "queries",
                            dns.queries(),
                            "cacheHits",
                            dns.cacheHits(),
                            "staleAnswers",
                            dns.staleAnswers(),
                            "pinnedUsers",
                            dns.pinnedUsers()));
        }
        out.put("clientRetries", tier.clientRetries());
    }
}
