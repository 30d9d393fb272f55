package dev.balancelab.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole lab: clients, one balancer, servers and an optional scenario. Immutable.
 *
 * @param title the lesson's title
 * @param description one or two sentences a lecturer reads out; shown in the window
 * @param clients traffic sources, at least one
 * @param balancer the load balancer
 * @param servers backend servers with unique ids, at least one
 * @param scenario timed events, possibly empty
 */
public record Topology(
        String title,
        String description,
        List<ClientSpec> clients,
        BalancerSpec balancer,
        List<ServerSpec> servers,
        List<ScenarioEvent> scenario) {
    /** @throws IllegalArgumentException if there are no clients or servers, or two servers share an id */
    public Topology {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(balancer, "balancer");
        clients = List.copyOf(clients);
        servers = List.copyOf(servers);
        scenario = List.copyOf(scenario);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("servers must not be empty");
        }
        var ids = new HashSet<ServerId>();
        for (ServerSpec s : servers) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate server id " + s.id());
            }
        }
    }

    /** The server with this id, if any. */
    public Optional<ServerSpec> server(ServerId id) {
        return servers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A copy with another balancer. */
    public Topology withBalancer(BalancerSpec newBalancer) {
        return new Topology(title, description, clients, newBalancer, servers, scenario);
    }

    /** A copy with another {@code title}, checked as the constructor checks it. */
    public Topology withTitle(String value) {
        return new Topology(value, description, clients, balancer, servers, scenario);
    }

    /** A copy with another {@code description}, checked as the constructor checks it. */
    public Topology withDescription(String value) {
        return new Topology(title, value, clients, balancer, servers, scenario);
    }

    /** A copy with another {@code clients}, checked as the constructor checks it. */
    public Topology withClients(List<ClientSpec> value) {
        return new Topology(title, description, value, balancer, servers, scenario);
    }

    /** A copy with another {@code servers}, checked as the constructor checks it. */
    public Topology withServers(List<ServerSpec> value) {
        return new Topology(title, description, clients, balancer, value, scenario);
    }

    /** A copy with another {@code scenario}, checked as the constructor checks it. */
    public Topology withScenario(List<ScenarioEvent> value) {
        return new Topology(title, description, clients, balancer, servers, value);
    }
}
