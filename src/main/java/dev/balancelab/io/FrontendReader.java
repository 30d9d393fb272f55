package dev.balancelab.io;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.ClientRetrySpec;
import dev.balancelab.domain.DnsSpec;
import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.GlobalPolicy;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the balancer tier of a topology file (issue 14): {@code balancers[]} (or the single {@code balancer}, as
 * {@code lb1}), {@code vip}, {@code dns}, {@code regions}, {@code clientRetry} and the {@code region} of clients and
 * servers. Every bad value is one error naming its field.
 */
final class FrontendReader {
    static final List<String> TOP = List.of("balancers", "vip", "dns", "regions", "clientRetry");
    static final String REGION = "region";
    private static final List<String> VIP = List.of("address", "advertMs", "preempt", "members");
    private static final List<String> MEMBER = List.of("balancer", "priority");
    private static final List<String> DNS = List.of("ttlMs", "ignoreTtlShare", "answers");
    private static final List<String> REGIONS = List.of("latencyMs", "policy", "sites");
    private static final List<String> SITE = List.of("id", "weight");
    private static final List<String> CLIENT_RETRY = List.of("attempts", "backoffMs");
    private static final long HOUR_MS = 3_600_000;
    /** The most balancers a lab holds. */
    static final int MAX_BALANCERS = 16;

    /** Reads one balancer's settings (the fields of {@code balancer}). */
    interface SpecReader {
        BalancerSpec read(ObjectNode n) throws TopologyFileException;
    }

    /**
     * What a file's tier reads as.
     *
     * @param balancers every balancer, settings included (the first's are the topology's {@code balancer})
     * @param front the tier
     */
    record Tier(List<BalancerInstance> balancers, Frontend front) {}

    private FrontendReader() {}

    /**
     * The tier of {@code top}.
     *
     * @param balancerFields the fields of one balancer's settings
     * @param clients the file's client objects, ids in order {@code clientIds}
     * @param servers the file's server objects, ids in order {@code serverIds}
     */
    static Tier read(
            ObjectNode top,
            List<String> balancerFields,
            SpecReader specs,
            List<ObjectNode> clients,
            List<String> clientIds,
            List<ObjectNode> servers,
            List<String> serverIds)
            throws TopologyFileException {
        ObjectNode regionsNode = top.object("regions", REGIONS);
        Map<String, Double> sites = sites(regionsNode);
        List<BalancerInstance> balancers = balancers(top, balancerFields, specs, sites.keySet(), serverIds);
        Regions regions = new Regions(
                placement(clients, clientIds, sites.keySet()),
                placement(servers, serverIds, sites.keySet()),
                regionsNode.whole("latencyMs", 0L, 0, HOUR_MS),
                regionsNode.constant("policy", GlobalPolicy.class, GlobalPolicy.NEAREST),
                sites);
        List<String> ids = balancers.stream().map(BalancerInstance::id).toList();
        ObjectNode retry = top.object("clientRetry", CLIENT_RETRY);
        return new Tier(
                balancers,
                Frontend.of(
                        balancers,
                        top.has("vip") ? vip(top.object("vip", VIP), ids) : null,
                        top.has("dns") ? dns(top.object("dns", DNS), ids) : null,
                        regions,
                        new ClientRetrySpec(
                                retry.integer("attempts", 1, 1, 10), retry.whole("backoffMs", 0L, 0, HOUR_MS))));
    }

    private static List<BalancerInstance> balancers(
            ObjectNode top, List<String> fields, SpecReader specs, Set<String> sites, List<String> serverIds)
            throws TopologyFileException {
        if (top.has("balancer") == top.has("balancers")) {
            throw top.error("balancers", "a file needs either \"balancer\" or \"balancers\", not both or neither");
        }
        if (top.has("balancer")) {
            return List.of(
                    new BalancerInstance(BalancerInstance.FIRST_ID, "", specs.read(top.object("balancer", fields))));
        }
        List<String> withId = new ArrayList<>(fields);
        withId.add("id");
        withId.add(REGION);
        List<BalancerInstance> balancers = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (ObjectNode n : top.objects("balancers", withId, true, MAX_BALANCERS)) {
            String id = n.string("id", "lb" + (balancers.size() + 1));
            if (id.isBlank() || seen.putIfAbsent(id, n.path("id")) != null) {
                throw n.error(
                        "id", id.isBlank() ? "must not be blank" : "duplicate balancer id " + ObjectNode.quote(id));
            }
            if (serverIds.contains(id)) {
                throw n.error("id", "balancer id " + ObjectNode.quote(id) + " is also a server's id");
            }
            balancers.add(new BalancerInstance(id, region(n, sites), specs.read(n)));
        }
        return balancers;
    }

    private static Map<String, Double> sites(ObjectNode regions) throws TopologyFileException {
        Map<String, Double> sites = new LinkedHashMap<>();
        for (ObjectNode n : regions.objects("sites", SITE, false, MAX_BALANCERS)) {
            String id = n.string("id", null);
            if (id.isBlank() || sites.containsKey(id)) {
                throw n.error("id", id.isBlank() ? "must not be blank" : "duplicate region " + ObjectNode.quote(id));
            }
            sites.put(id, n.decimal("weight", 1.0, 0, 1_000_000));
        }
        return sites;
    }

    /** The {@code region} of each node that has one, by id. */
    private static Map<String, String> placement(List<ObjectNode> nodes, List<String> ids, Set<String> sites)
            throws TopologyFileException {
        Map<String, String> regions = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String region = region(nodes.get(i), sites);
            if (!region.isEmpty()) {
                regions.put(ids.get(i), region);
            }
        }
        return regions;
    }

    private static String region(ObjectNode n, Set<String> sites) throws TopologyFileException {
        String region = n.string(REGION, "");
        if (!region.isEmpty() && !sites.contains(region)) {
            throw n.error(
                    REGION,
                    "no region " + ObjectNode.quote(region) + " in regions.sites"
                            + (sites.isEmpty() ? " (the file has none)" : " (" + String.join(", ", sites) + ")"));
        }
        return region;
    }

    private static VipSpec vip(ObjectNode n, List<String> balancers) throws TopologyFileException {
        List<ObjectNode> nodes = n.objects("members", MEMBER, true, MAX_BALANCERS);
        if (nodes.size() < 2) {
            throw n.error("members", "a VRRP group needs at least two balancers, has " + nodes.size());
        }
        List<VrrpMember> members = new ArrayList<>();
        for (ObjectNode m : nodes) {
            String balancer = known(m, "balancer", m.string("balancer", null), balancers);
            if (members.stream().anyMatch(x -> x.balancer().equals(balancer))) {
                throw m.error("balancer", "balancer " + ObjectNode.quote(balancer) + " is in the group twice");
            }
            members.add(new VrrpMember(
                    balancer, m.integer("priority", null, VrrpMember.MIN_PRIORITY, VrrpMember.MAX_PRIORITY)));
        }
        return new VipSpec(
                n.string("address", "10.0.0.100"),
                members,
                n.whole("advertMs", VipSpec.DEFAULT_ADVERT_MS, 1, HOUR_MS),
                n.flag("preempt", true));
    }

    private static DnsSpec dns(ObjectNode n, List<String> balancers) throws TopologyFileException {
        List<String> answers = n.strings("answers", balancers);
        if (answers.isEmpty()) {
            throw n.error("answers", "must name at least one balancer");
        }
        for (String a : answers) {
            known(n, "answers", a, balancers);
        }
        return new DnsSpec(n.whole("ttlMs", 30_000L, 0, HOUR_MS), n.decimal("ignoreTtlShare", 0.0, 0, 1), answers);
    }

    private static String known(ObjectNode n, String field, String id, List<String> balancers)
            throws TopologyFileException {
        if (!balancers.contains(id)) {
            throw n.error(
                    field,
                    "no balancer " + ObjectNode.quote(id) + " (balancers: " + String.join(", ", balancers) + ")");
        }
        return id;
    }
}
