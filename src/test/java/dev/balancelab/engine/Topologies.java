package dev.balancelab.engine;

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

/** Small topologies for engine tests. */
final class Topologies {
    private Topologies() {
    }

    /**
     * {@code servers} servers s1..sN with fixed service time, one client at {@code rate} req/s, round robin.
     */
    static Topology of(int servers, double rate, double serviceMs, int maxAttempts, HealthCheckSpec health) {
        return of(servers, rate, serviceMs, new BalancerSpec("round-robin", AlgorithmParams.DEFAULT, health,
                new RetrySpec(maxAttempts, 0)));
    }

    /** {@code servers} servers s1..sN with fixed service time, one client at {@code rate} req/s. */
    static Topology of(int servers, double rate, double serviceMs, BalancerSpec balancer) {
        List<ServerSpec> list = new ArrayList<>();
        for (int i = 1; i <= servers; i++) {
            list.add(new ServerSpec(ServerId.of("s" + i), "s" + i, 1, 4, 50, ServiceTime.fixed(serviceMs),
                    FailureKind.NONE, new Position(0.8, i / (servers + 1.0))));
        }
        var client = new ClientSpec("c1", "c1", rate, 100, new Position(0.1, 0.5));
        return new Topology("test", "", List.of(client), balancer, list, List.of());
    }
}
