package dev.balancelab.domain;

import java.util.List;
import java.util.Objects;

/**
 * A virtual IP shared by a VRRP group of balancers, with keepalived's semantics (keepalived {@code vrrp.c}, RFC 5798
 * §6.1 and §6.4): the MASTER sends an advertisement every {@code advertMs}; a BACKUP that hears none for the
 * master-down interval {@code 3 × advertMs + skew}, {@code skew = (256 − priority) / 256 × advertMs}, becomes MASTER
 * and takes the address. With {@code preempt} a BACKUP of higher priority ignores a lower-priority MASTER's adverts and
 * so takes the address back after its master-down interval; without it (keepalived's {@code nopreempt}) it waits until
 * the MASTER fails. Clients send to the address and reach whichever balancer holds it.
 *
 * @param address the virtual address's name as clients know it (for example {@code 10.0.0.100})
 * @param members the group, at least two routers with distinct balancers
 * @param advertMs the advertisement interval in lab ms (keepalived's {@code advert_int}, in seconds there), &gt;= 1
 * @param preempt whether a higher-priority router takes the address back (keepalived's default; {@code nopreempt} off)
 */
public record VipSpec(String address, List<VrrpMember> members, long advertMs, boolean preempt) {
    /** keepalived's default advertisement interval, 1 s. */
    public static final long DEFAULT_ADVERT_MS = 1000;

    /** @throws IllegalArgumentException if there are fewer than two members, one balancer twice, or advertMs &lt; 1 */
    public VipSpec {
        Objects.requireNonNull(address, "address");
        members = List.copyOf(members);
        Checks.atLeast("advertMs", advertMs, 1);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a VRRP group needs at least two members");
        }
        if (members.stream().map(VrrpMember::balancer).distinct().count() != members.size()) {
            throw new IllegalArgumentException("a balancer appears twice in the VRRP group");
        }
    }

    /** RFC 5798 §6.1 {@code Skew_Time} of a router of {@code priority}, in lab ns: (256 − priority) / 256 × advert. */
    public long skewNanos(int priority) {
        return (256L - priority) * advertMs * 1_000_000L / 256;
    }

    /** RFC 5798 §6.1 {@code Master_Down_Interval} of a router of {@code priority}, in lab ns: 3 × advert + skew. */
    public long masterDownNanos(int priority) {
        return 3 * advertMs * 1_000_000L + skewNanos(priority);
    }
}
