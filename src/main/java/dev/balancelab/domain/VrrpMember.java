package dev.balancelab.domain;

import java.util.Objects;

/**
 * One router of a VRRP group: a balancer and its priority (keepalived's {@code priority}).
 *
 * @param balancer the balancer's id
 * @param priority 1..254 (RFC 5798 §5.2.4: 255 is the address owner, 0 the "I resign" advert, neither configurable);
 *     the highest priority starts as MASTER (keepalived's {@code state MASTER})
 */
public record VrrpMember(String balancer, int priority) {
    /** The lowest priority a router may be configured with. */
    public static final int MIN_PRIORITY = 1;
    /** The highest priority a router may be configured with. */
    public static final int MAX_PRIORITY = 254;

    /** @throws IllegalArgumentException if the priority is out of 1..254 */
    public VrrpMember {
        Objects.requireNonNull(balancer, "balancer");
        Checks.atLeast("priority", priority, MIN_PRIORITY);
        Checks.atMost("priority", priority, MAX_PRIORITY);
    }
}
