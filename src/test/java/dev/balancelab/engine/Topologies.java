package dev.balancelab.engine;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.perf.LabTopologies;

/** Small topologies for engine tests: 4 workers and a queue of 50 per server, fixed service time. */
final class Topologies {
    private Topologies() {}

    /** {@code servers} servers s1..sN, one client at {@code rate} req/s, round robin without backoff or budget. */
    static Topology of(int servers, double rate, double serviceMs, int maxAttempts, HealthCheckSpec health) {
        return of(
                servers,
                rate,
                serviceMs,
                new BalancerSpec(
                        AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, health, new RetrySpec(maxAttempts, 0)));
    }

    /** {@code servers} servers s1..sN, one client at {@code rate} req/s, and {@code balancer}. */
    static Topology of(int servers, double rate, double serviceMs, BalancerSpec balancer) {
        return LabTopologies.of(servers, 4, 50, ServiceTime.fixed(serviceMs), rate, balancer);
    }
}
