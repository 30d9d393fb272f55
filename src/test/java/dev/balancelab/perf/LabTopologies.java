package dev.balancelab.perf;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;

/** Topologies for the soak test and the headless benchmarks: one client, round robin, identical servers. */
public final class LabTopologies {
    private LabTopologies() {}

    /**
     * Servers {@code s1..sN}, one client with 1,000 users, round robin.
     *
     * @param servers number of servers
     * @param workers worker threads per server
     * @param queueCapacity requests that may wait per server
     * @param serviceTime service time per request
     * @param ratePerSecond offered load in requests/s
     * @param health health check settings
     * @param maxAttempts attempts per request including the first
     * @return the topology
     */
    public static Topology of(
            int servers,
            int workers,
            int queueCapacity,
            ServiceTime serviceTime,
            double ratePerSecond,
            HealthCheckSpec health,
            int maxAttempts) {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, health, new RetrySpec(maxAttempts, 0));
        return of(servers, workers, queueCapacity, serviceTime, ratePerSecond, balancer);
    }

    /**
     * Servers {@code s1..sN} with weight 1, one client with 1,000 users, and {@code balancer}.
     *
     * @param servers number of servers
     * @param workers worker threads per server
     * @param queueCapacity requests that may wait per server
     * @param serviceTime service time per request
     * @param ratePerSecond offered load in requests/s
     * @param balancer the balancer
     * @return the topology
     */
    public static Topology of(
            int servers,
            int workers,
            int queueCapacity,
            ServiceTime serviceTime,
            double ratePerSecond,
            BalancerSpec balancer) {
        List<ServerSpec> list = new ArrayList<>();
        for (int i = 1; i <= servers; i++) {
            list.add(new ServerSpec(
                    ServerId.of("s" + i),
                    "s" + i,
                    1,
                    workers,
                    queueCapacity,
                    serviceTime,
                    FailureKind.NONE,
                    new Position(0.8, i / (servers + 1.0))));
        }
        var client = new ClientSpec("c1", "c1", ratePerSecond, 1_000, new Position(0.1, 0.5));
        return new Topology("perf", "", List.of(client), balancer, list, List.of());
    }
}
