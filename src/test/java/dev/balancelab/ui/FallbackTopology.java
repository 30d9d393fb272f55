package dev.balancelab.ui;

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
import dev.balancelab.ui.common.TopologyEdits;
import java.util.List;

/**
 * Test fixture: a small in-code lab independent of the sample files — three clients, one round-robin balancer and
 * four servers (s1..s4) with 50–150 ms service times, 40 requests/s in all.
 */
public final class FallbackTopology {
    private static final double[] SERVICE_MS = {50, 80, 120, 150};
    private static final double TOTAL_RATE = 40;
    private static final int CLIENTS = 3;

    private FallbackTopology() {}

    /**
     * A lab as a script would write it: the blank lab's defaults, every server drawn at one place and every client at
     * another, so the canvas has to arrange them.
     */
    public static Topology stacked(int servers, int clients) {
        Topology t = TopologyEdits.blank();
        while (t.servers().size() < servers) {
            t = TopologyEdits.addServer(t, new Position(0.9, 0.5));
        }
        while (t.clients().size() < clients) {
            t = TopologyEdits.addClient(t, new Position(0.1, 0.5));
        }
        return t;
    }

    /** The lab with the given health check (tests use a short interval). */
    public static Topology create(HealthCheckSpec healthCheck) {
        List<ClientSpec> clients = List.of(client(0, "Web"), client(1, "Mobile"), client(2, "Partner API"));
        List<ServerSpec> servers = List.of(server(0), server(1), server(2), server(3));
        BalancerSpec balancer =
                new BalancerSpec(AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, healthCheck, RetrySpec.DEFAULT);
        return new Topology(
                "Round robin basics",
                "Every request goes to the next server in turn, whatever its speed. Start the lab, then kill a "
                        + "server: watch in-flight requests fail and retry, and the health check mark it DOWN.",
                clients,
                balancer,
                servers,
                List.of());
    }

    private static ClientSpec client(int i, String name) {
        return new ClientSpec("c" + (i + 1), name, TOTAL_RATE / CLIENTS, 100, new Position(0, (i + 0.5) / CLIENTS));
    }

    private static ServerSpec server(int i) {
        return new ServerSpec(
                ServerId.of("s" + (i + 1)),
                "s" + (i + 1),
                1,
                4,
                16,
                ServiceTime.exponential(SERVICE_MS[i]),
                FailureKind.NONE,
                new Position(1, i / (SERVICE_MS.length - 1.0)));
    }
}
