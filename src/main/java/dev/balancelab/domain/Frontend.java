package dev.balancelab.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The balancer tier of a lab and how clients reach it (issue 14): one or more balancers, an optional virtual IP shared
 * by a VRRP group, an optional DNS name, regions and the clients' own retries. The first balancer's settings are
 * {@link Topology#balancer()}; this record keeps its id and region and the other balancers whole
 * ({@link Topology#balancers()} puts them together). How a client picks a balancer: with regions, the
 * {@link GlobalPolicy} picks a site and the client uses that site's VIP holder if the VIP's group is there, else one of
 * the site's live balancers; without regions, the DNS answer if there is a DNS name, else the VIP holder if there is a
 * VIP, else balancer {@code (u + t − 1) mod n} for user {@code u} at try {@code t} (a client that knows every
 * balancer's address and tries the next one after a failure). Within a site, the same rule picks among its live
 * balancers.
 *
 * @param firstId the first balancer's id ({@link BalancerInstance#FIRST_ID} in a file without {@code balancers[]})
 * @param firstRegion the first balancer's region, {@code ""} for none
 * @param others the other balancers, in order
 * @param vip the virtual IP, or null
 * @param dns the DNS name, or null
 * @param regions the sites, {@link Regions#NONE} for none
 * @param clientRetry the clients' retries, {@link ClientRetrySpec#NONE} for none
 */
public record Frontend(
        String firstId,
        String firstRegion,
        List<BalancerInstance> others,
        VipSpec vip,
        DnsSpec dns,
        Regions regions,
        ClientRetrySpec clientRetry) {
    /** One balancer, {@code lb1}, reached directly: what every lab was before issue 14. */
    public static final Frontend SINGLE =
            new Frontend(BalancerInstance.FIRST_ID, "", List.of(), null, null, Regions.NONE, ClientRetrySpec.NONE);

    /**
     * @throws IllegalArgumentException if two balancers share an id, a balancer's region is not among the regions, or
     *     the VIP or DNS names a balancer that is not there
     */
    public Frontend {
        Objects.requireNonNull(firstId, "firstId");
        Objects.requireNonNull(firstRegion, "firstRegion");
        others = List.copyOf(others);
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(clientRetry, "clientRetry");
        List<String> ids = new ArrayList<>();
        ids.add(firstId);
        others.forEach(b -> ids.add(b.id()));
        if (Set.copyOf(ids).size() != ids.size()) {
            throw new IllegalArgumentException("two balancers share an id: " + ids);
        }
        Set<String> regionsUsed = new HashSet<>();
        regionsUsed.add(firstRegion);
        others.forEach(b -> regionsUsed.add(b.region()));
        regionsUsed.remove("");
        if (!regions.weights().keySet().containsAll(regionsUsed)) {
            throw new IllegalArgumentException("a balancer is in an unknown region: " + regionsUsed);
        }
        List<String> named = new ArrayList<>();
        if (vip != null) {
            vip.members().forEach(m -> named.add(m.balancer()));
        }
        if (dns != null) {
            named.addAll(dns.answers());
        }
        if (!ids.containsAll(named)) {
            throw new IllegalArgumentException("the VIP or DNS names a balancer that is not one of " + ids);
        }
    }

    /**
     * The tier of {@code balancers} (the first one's settings are the topology's {@code balancer}, not kept here).
     *
     * @throws IllegalArgumentException as the constructor, or if {@code balancers} is empty
     */
    public static Frontend of(
            List<BalancerInstance> balancers, VipSpec vip, DnsSpec dns, Regions regions, ClientRetrySpec clientRetry) {
        if (balancers.isEmpty()) {
            throw new IllegalArgumentException("a lab needs a balancer");
        }
        BalancerInstance first = balancers.get(0);
        return new Frontend(
                first.id(), first.region(), balancers.subList(1, balancers.size()), vip, dns, regions, clientRetry);
    }

    /** Every balancer, the first with {@code firstSpec}. */
    public List<BalancerInstance> balancers(BalancerSpec firstSpec) {
        List<BalancerInstance> all = new ArrayList<>();
        all.add(new BalancerInstance(firstId, firstRegion, firstSpec));
        all.addAll(others);
        return List.copyOf(all);
    }

    /** Every balancer's id, the first first. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add(firstId);
        others.forEach(b -> ids.add(b.id()));
        return ids;
    }

    /** Whether this is the plain lab of one balancer reached directly. */
    public boolean single() {
        return others.isEmpty() && firstRegion.isEmpty() && vip == null && dns == null && !regions.any();
    }

    /**
     * A copy with other balancers: the first's id and region and the others whole (the first's settings stay the
     * topology's {@code balancer}).
     */
    public Frontend withBalancers(List<BalancerInstance> value) {
        return of(value, vip, dns, regions, clientRetry);
    }

    /** A copy with another VIP (null for none). */
    public Frontend withVip(VipSpec value) {
        return new Frontend(firstId, firstRegion, others, value, dns, regions, clientRetry);
    }

    /** A copy with another DNS name (null for none). */
    public Frontend withDns(DnsSpec value) {
        return new Frontend(firstId, firstRegion, others, vip, value, regions, clientRetry);
    }

    /** A copy with other regions. */
    public Frontend withRegions(Regions value) {
        return new Frontend(firstId, firstRegion, others, vip, dns, value, clientRetry);
    }

    /** A copy with other client retries. */
    public Frontend withClientRetry(ClientRetrySpec value) {
        return new Frontend(firstId, firstRegion, others, vip, dns, regions, value);
    }
}
