package dev.balancelab.domain;

import java.util.List;
import java.util.Objects;

/**
 * A DNS name in front of the balancers, answered round robin (BIND's default {@code rrset-order cyclic}): each query
 * gets the next live balancer of {@code answers} (the name's health-checked records, as Route 53 keeps them). Every
 * user of a client has its own resolver cache and keeps an answer for {@code ttlMs}; a share of the users ignores the
 * TTL and keeps its first answer for good, as a JVM with {@code networkaddress.cache.ttl=-1} does. So after a
 * balancer dies, the users whose cache still names it fail until their answer expires, and the pinned ones for good.
 *
 * @param ttlMs the records' TTL in lab ms, &gt;= 0 (0: every request asks again)
 * @param ignoreTtlShare the share of users that ignore the TTL, 0..1; user {@code u} of {@code U} ignores it when
 *     {@code u < round(share × U)}
 * @param answers the balancer ids the name resolves to, at least one
 */
public record DnsSpec(long ttlMs, double ignoreTtlShare, List<String> answers) {
    /** @throws IllegalArgumentException if a value is out of range or there is no answer */
    public DnsSpec {
        Checks.atLeast("ttlMs", ttlMs, 0);
        Checks.atLeast("ignoreTtlShare", ignoreTtlShare, 0);
        Checks.atMost("ignoreTtlShare", ignoreTtlShare, 1);
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a DNS name needs at least one answer");
        }
    }
}
