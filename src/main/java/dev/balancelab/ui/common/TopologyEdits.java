package dev.balancelab.ui.common;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Pure functions that derive an edited topology; the original is never changed. */
public final class TopologyEdits {
    private TopologyEdits() {}

    /**
     * A new lab: one client, a round-robin balancer and two servers, every setting at its default; its title and the
     * nodes' names in the window's language ({@link I18n}).
     */
    public static Topology blank() {
        Topology one = new Topology(
                I18n.t("lab.untitled"),
                I18n.t("lab.untitled.description"),
                List.of(newClient("c1", new Position(0.1, 0.5))),
                BalancerSpec.defaults(AlgorithmKind.ROUND_ROBIN),
                List.of(newServer("s1", new Position(0.9, 0.3))),
                List.of());
        return addServer(one, new Position(0.9, 0.7));
    }

    /** Adds a server {@code s<n>} with the default settings ({@link ServerSpec#defaults}) at {@code at}. */
    public static Topology addServer(Topology t, Position at) {
        String id = freeId("s", t.servers().stream().map(s -> s.id().value()).toList());
        List<ServerSpec> servers = new ArrayList<>(t.servers());
        servers.add(newServer(id, at));
        return t.withServers(servers);
    }

    /** Adds a client {@code c<n>} with the default settings ({@link ClientSpec#defaults}) at {@code at}. */
    public static Topology addClient(Topology t, Position at) {
        String id = freeId("c", t.clients().stream().map(ClientSpec::id).toList());
        List<ClientSpec> clients = new ArrayList<>(t.clients());
        clients.add(newClient(id, at));
        return t.withClients(clients);
    }

    private static ServerSpec newServer(String id, Position at) {
        return ServerSpec.defaults(ServerId.of(id), at).withName(I18n.t("lab.newServer", id.substring(1)));
    }

    private static ClientSpec newClient(String id, Position at) {
        return ClientSpec.defaults(id, at).withName(I18n.t("lab.newClient", id.substring(1)));
    }

    /**
     * Removes a client or server; scenario events that name a removed server go with it.
     *
     * @throws IllegalArgumentException if it is the last server
     */
    public static Topology remove(Topology t, NodeRef node) {
        if (node.kind() == NodeRef.Kind.CLIENT) {
            return t.withClients(
                    t.clients().stream().filter(c -> !c.id().equals(node.id())).toList());
        }
        ServerId id = ServerId.of(node.id());
        return t.withServers(
                        t.servers().stream().filter(s -> !s.id().equals(id)).toList())
                .withScenario(t.scenario().stream()
                        .filter(e -> !id.equals(e.server()))
                        .toList());
    }

    /** Replaces the server with {@code edit}'s id by {@code edit}. */
    public static Topology replaceServer(Topology t, ServerSpec edit) {
        return t.withServers(replace(t.servers(), s -> s.id().equals(edit.id()) ? edit : s));
    }

    /** Replaces the client with {@code edit}'s id by {@code edit}. */
    public static Topology replaceClient(Topology t, ClientSpec edit) {
        return t.withClients(replace(t.clients(), c -> c.id().equals(edit.id()) ? edit : c));
    }

    /** Draws the client or server {@code node} at {@code at}. */
    public static Topology move(Topology t, NodeRef node, Position at) {
        if (node.kind() == NodeRef.Kind.CLIENT) {
            return t.withClients(replace(t.clients(), c -> c.id().equals(node.id()) ? c.withPosition(at) : c));
        }
        return t.withServers(replace(t.servers(), s -> s.id().value().equals(node.id()) ? s.withPosition(at) : s));
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
        return t.withClients(replace(
                t.clients(), c -> c.withRate(total > 0 ? c.ratePerSecond() / total * perSecond : perSecond / n)));
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
