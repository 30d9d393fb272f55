package dev.balancelab.ui.common;

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
import java.util.function.UnaryOperator;

/** Pure functions that derive an edited topology; the original is never changed. */
public final class TopologyEdits {
    private static final double DEFAULT_SERVICE_MS = 100;
    private static final double DEFAULT_RATE = 10;
    private static final int DEFAULT_USERS = 50;

    private TopologyEdits() {}

    /** A new lab: one client at 20 requests/s, a round-robin balancer with default settings, two servers. */
    public static Topology blank() {
        BalancerSpec balancer =
                new BalancerSpec("round-robin", AlgorithmParams.DEFAULT, HealthCheckSpec.DEFAULT, RetrySpec.DEFAULT);
        Topology one = new Topology(
                "Untitled lab",
                "A new lab: add servers and clients, then start it.",
                List.of(new ClientSpec("c1", "Client 1", 2 * DEFAULT_RATE, DEFAULT_USERS, new Position(0.1, 0.5))),
                balancer,
                List.of(new ServerSpec(
                        ServerId.of("s1"),
                        "Server 1",
                        1,
                        4,
                        16,
                        ServiceTime.exponential(DEFAULT_SERVICE_MS),
                        FailureKind.NONE,
                        new Position(0.9, 0.3))),
                List.of());
        return addServer(one, new Position(0.9, 0.7));
    }

    /** Adds a server {@code s<n>} (weight 1, 4 workers, queue 16, 100 ms exponential) at {@code at}. */
    public static Topology addServer(Topology t, Position at) {
        String id = freeId("s", t.servers().stream().map(s -> s.id().value()).toList());
        List<ServerSpec> servers = new ArrayList<>(t.servers());
        servers.add(new ServerSpec(
                ServerId.of(id),
                "Server " + id.substring(1),
                1,
                4,
                16,
                ServiceTime.exponential(DEFAULT_SERVICE_MS),
                FailureKind.NONE,
                at));
        return new Topology(t.title(), t.description(), t.clients(), t.balancer(), servers, t.scenario());
    }

    /** Adds a client {@code c<n>} (10 requests/s, 50 users) at {@code at}. */
    public static Topology addClient(Topology t, Position at) {
        String id = freeId("c", t.clients().stream().map(ClientSpec::id).toList());
        List<ClientSpec> clients = new ArrayList<>(t.clients());
        clients.add(new ClientSpec(id, "Client " + id.substring(1), DEFAULT_RATE, DEFAULT_USERS, at));
        return new Topology(t.title(), t.description(), clients, t.balancer(), t.servers(), t.scenario());
    }

    /**
     * Removes a client or server; scenario events that name a removed server go with it.
     *
     * @throws IllegalArgumentException if it is the last server
     */
    public static Topology remove(Topology t, NodeRef node) {
        if (node.kind() == NodeRef.Kind.CLIENT) {
            return new Topology(
                    t.title(),
                    t.description(),
                    t.clients().stream().filter(c -> !c.id().equals(node.id())).toList(),
                    t.balancer(),
                    t.servers(),
                    t.scenario());
        }
        ServerId id = ServerId.of(node.id());
        return new Topology(
                t.title(),
                t.description(),
                t.clients(),
                t.balancer(),
                t.servers().stream().filter(s -> !s.id().equals(id)).toList(),
                t.scenario().stream().filter(e -> !id.equals(e.server())).toList());
    }

    /** Replaces the server with {@code edit}'s id by {@code edit}. */
    public static Topology replaceServer(Topology t, ServerSpec edit) {
        return new Topology(
                t.title(),
                t.description(),
                t.clients(),
                t.balancer(),
                replace(t.servers(), s -> s.id().equals(edit.id()) ? edit : s),
                t.scenario());
    }

    /** Replaces the client with {@code edit}'s id by {@code edit}. */
    public static Topology replaceClient(Topology t, ClientSpec edit) {
        return new Topology(
                t.title(),
                t.description(),
                replace(t.clients(), c -> c.id().equals(edit.id()) ? edit : c),
                t.balancer(),
                t.servers(),
                t.scenario());
    }

    /** Draws the client or server {@code node} at {@code at}. */
    public static Topology move(Topology t, NodeRef node, Position at) {
        if (node.kind() == NodeRef.Kind.CLIENT) {
            return new Topology(
                    t.title(),
                    t.description(),
                    replace(t.clients(), c -> c.id().equals(node.id()) ? c.withPosition(at) : c),
                    t.balancer(),
                    t.servers(),
                    t.scenario());
        }
        return new Topology(
                t.title(),
                t.description(),
                t.clients(),
                t.balancer(),
                replace(t.servers(), s -> s.id().value().equals(node.id()) ? s.withPosition(at) : s),
                t.scenario());
    }

    /** The offered load of all clients together, in requests/s. */
    public static double totalRate(Topology t) {
        return t.clients().stream().mapToDouble(ClientSpec::ratePerSecond).sum();
    }

    /**
     * Scales every client's rate so that they add up to {@code perSecond}, keeping their proportions (equal shares if
     * all were 0), as the running lab does it.
     *
     * @throws IllegalArgumentException if {@code perSecond} is negative or not a number
     */
    public static Topology withTotalRate(Topology t, double perSecond) {
        if (!(perSecond >= 0)) {
            throw new IllegalArgumentException("rate must be >= 0, was " + perSecond);
        }
        double total = totalRate(t);
        int n = t.clients().size();
        return new Topology(
                t.title(),
                t.description(),
                replace(
                        t.clients(),
                        c -> c.withRate(total > 0 ? c.ratePerSecond() / total * perSecond : perSecond / n)),
                t.balancer(),
                t.servers(),
                t.scenario());
    }

    private static <T> List<T> replace(List<T> items, UnaryOperator<T> edit) {
        return items.stream().map(edit).toList();
    }

    private static String freeId(String prefix, List<String> taken) {
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
