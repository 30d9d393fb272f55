package dev.balancelab.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The balancer tier of a lab and how clients reach it (issue 14): one or more balancers, an optional virtual IP shared
 * by a VRRP group, an optional DNS name, regions and the clients' own retries. How a client picks a balancer: with
 * regions, the {@link GlobalPolicy} picks a site and the client uses that site's VIP holder if the VIP's group is
 * there, else one of the site's live balancers; without regions, the DNS answer if there is a DNS name, else the VIP
 * holder if there is a VIP, else balancer {@code (u + t − 1) mod n} for user {@code u} at try {@code t} (a client that
 * knows every balancer's address and tries the next one after a failure). Within a site, the same rule picks among
 * its live balancers.
 *
 * @param balancers every balancer, the first being {@link Topology#balancer()} (a {@link Topology} keeps them in step)
 * @param vip the virtual IP, or null
 * @param dns the DNS name, or null
 * @param regions the sites, {@link Regions#NONE} for none
 * @param clientRetry the clients' retries, {@link ClientRetrySpec#NONE} for none
 */
public record Frontend(
        List<BalancerInstance> balancers, VipSpec vip, DnsSpec dns, Regions regions, ClientRetrySpec clientRetry) {
    /** One balancer, {@code lb1}, reached directly: what every lab was before issue 14. */
    public static final Frontend SINGLE = new Frontend(List.of(), null, null, Regions.NONE, ClientRetrySpec.NONE);

    /**
     * @throws IllegalArgumentException if two balancers share an id, or the VIP or DNS names a balancer that is not
     *     there, or a balancer's region has no weight
     */
    public Frontend {
        balancers = List.copyOf(balancers);
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(clientRetry, "clientRetry");
        Set<String> ids = new HashSet<>();
        for (BalancerInstance b : balancers) {
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("duplicate balancer id " + b.id());
            }
            if (!b.region().isEmpty() && !regions.weights().containsKey(b.region())) {
                throw new IllegalArgumentException("balancer " + b.id() + " is in unknown region " + b.region());
            }
        }
        if (!balancers.isEmpty()) {
            List<String> named = new ArrayList<>();
            if (vip != null) {
                vip.members().forEach(m -> named.add(m.balancer()));
            }
            if (dns != null) {
                named.addAll(dns.answers());
            }
            for (String id : named) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("no balancer has id " + id);
                }
            }
        }
    }

    /** Whether this is the plain lab of one balancer reached directly. */
    public boolean single() {
        return balancers.size() <= 1 && vip == null && dns == null && !regions.any();
    }

    /** The balancer with this id, if any. */
    public Optional<BalancerInstance> balancer(String id) {
        return balancers.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** This tier with {@code first} as the first balancer's settings ({@code lb1} if there was none). */
    Frontend anchoredTo(BalancerSpec first) {
        List<BalancerInstance> list = new ArrayList<>(balancers);
        if (list.isEmpty()) {
            list.add(new BalancerInstance(BalancerInstance.FIRST_ID, "", first));
        } else {
            list.set(0, list.get(0).withSpec(first));
        }
        return new Frontend(list, vip, dns, regions, clientRetry);
    }

    /** A copy with other balancers. */
    public Frontend withBalancers(List<BalancerInstance> value) {
        return new Frontend(value, vip, dns, regions, clientRetry);
    }

    /** A copy with another VIP (null for none). */
    public Frontend withVip(VipSpec value) {
        return new Frontend(balancers, value, dns, regions, clientRetry);
    }

    /** A copy with another DNS name (null for none). */
    public Frontend withDns(DnsSpec value) {
        return new Frontend(balancers, vip, value, regions, clientRetry);
    }

    /** A copy with other regions. */
    public Frontend withRegions(Regions value) {
        return new Frontend(balancers, vip, dns, value, clientRetry);
    }

    /** A copy with other client retries. */
    public Frontend withClientRetry(ClientRetrySpec value) {
        return new Frontend(balancers, vip, dns, regions, value);
    }
}
