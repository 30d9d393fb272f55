package dev.balancelab.domain;

/** Who starts a heartbeat: the balancer probing each server, or each server reporting to the monitor. */
public enum HealthModel {
    /**
     * Active checks: the balancer sends each server a heartbeat every {@code interval} and counts the ones refused or
     * not answered within {@code timeout}; {@code fall} misses in a row mark it DOWN, {@code rise} answers UP again
     * (HAProxy {@code check inter fall rise}, Envoy active health checking). A server whose request threads hang
     * stops answering too, since the check goes through its listener as a request does.
     */
    ACTIVE,
    /**
     * Push: each server's own heartbeat thread sends a heartbeat to the monitor every {@code interval}; a server
     * without one for {@code ttl} is failed (DOWN) at once, and the next heartbeat that arrives brings it back UP
     * (a ZooKeeper session, which expires after its session timeout without a ping and ends the server's ephemeral
     * znodes; a Consul TTL check, which turns critical when the service has not updated it within its TTL).
     * {@code fall}, {@code rise} and {@code timeout} do not apply. The heartbeat thread runs apart from the request
     * threads: a crash stops it, a hang of the request threads does not, so push says healthy while requests time out.
     */
    PUSH
}
