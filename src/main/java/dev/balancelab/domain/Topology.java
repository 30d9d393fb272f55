package dev.balancelab.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole lab: clients, one balancer, servers and an optional scenario. Immutable.
 *
 * @param title the lesson's title
 * @param description one or two sentences a lecturer reads out; shown in the window
 * @param clients traffic sources, at least one
 * @param balancer the load balancer
 * @param servers backend servers with unique ids, at least one
 * @param scenario timed events, possibly empty
 * @param translations the title and description in other languages, by IETF language tag (for example {@code zh-CN});
 *     {@code title} and {@code description} are the English ones
 * @param lesson the lesson's challenge and guided steps, {@link LessonPlan#NONE} if it has neither
 * @param storage the storage tier behind the servers, or null if there is none; its node ids differ from the servers'
 * @param front the first balancer's id and region, the other balancers, VIP, DNS, regions and client retries;
 *     {@link Frontend#SINGLE} for one balancer {@code lb1} reached directly
 */
public record Topology(
        String title,
        String description,
        List<ClientSpec> clients,
        BalancerSpec balancer,
        List<ServerSpec> servers,
        List<ScenarioEvent> scenario,
        Map<String, Translation> translations,
        LessonPlan lesson,
        StorageSpec storage,
        Frontend front) {
    /**
     * The title and description of a lesson in one other language; either may be null (then the English one shows).
     *
     * @param title the title, or null
     * @param description the description, or null
     */
    public record Translation(String title, String description) {}

    /** A topology in English only. */
    public Topology(
            String title,
            String description,
            List<ClientSpec> clients,
            BalancerSpec balancer,
            List<ServerSpec> servers,
            List<ScenarioEvent> scenario) {
        this(title, description, clients, balancer, servers, scenario, Map.of());
    }

    /** A topology without a challenge or guided steps. */
    public Topology(
            String title,
            String description,
            List<ClientSpec> clients,
            BalancerSpec balancer,
            List<ServerSpec> servers,
            List<ScenarioEvent> scenario,
            Map<String, Translation> translations) {
        this(title, description, clients, balancer, servers, scenario, translations, LessonPlan.NONE);
    }

    /** A topology without a storage tier, with one balancer, {@code lb1}, reached directly. */
    public Topology(
            String title,
            String description,
            List<ClientSpec> clients,
            BalancerSpec balancer,
            List<ServerSpec> servers,
            List<ScenarioEvent> scenario,
            Map<String, Translation> translations,
            LessonPlan lesson) {
        this(title, description, clients, balancer, servers, scenario, translations, lesson, null, Frontend.SINGLE);
    }

    /**
     * @throws IllegalArgumentException if there are no clients or servers, two servers share an id, a storage node
     *     has a server's id, or a balancer shares an id with a server
     */
    public Topology {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(balancer, "balancer");
        clients = List.copyOf(clients);
        servers = List.copyOf(servers);
        scenario = List.copyOf(scenario);
        translations = Map.copyOf(translations);
        Objects.requireNonNull(lesson, "lesson");
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("servers must not be empty");
        }
        var ids = new HashSet<ServerId>();
        for (ServerSpec s : servers) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate server id " + s.id());
            }
        }
        if (storage != null) {
            storage.nodes().stream()
                    .filter(n -> ids.contains(n.id()))
                    .findFirst()
                    .ifPresent(n -> {
                        throw new IllegalArgumentException("storage node id " + n.id() + " is a server's id");
                    });
        }
        Objects.requireNonNull(front, "front");
        for (String id : front.ids()) {
            if (ids.contains(ServerId.of(id))) {
                throw new IllegalArgumentException("balancer id " + id + " is also a server id");
            }
        }
    }

    /** Every balancer, the first being {@link #balancer()} with the id and region {@code front} gives it. */
    public List<BalancerInstance> balancers() {
        return front.balancers(balancer);
    }

    /** The title in the language {@code languageTag} (for example {@code zh-CN}), else the English one. */
    public String title(String languageTag) {
        Translation t = translations.get(languageTag);
        return t == null || t.title() == null ? title : t.title();
    }

    /** The description in the language {@code languageTag}, else the English one. */
    public String description(String languageTag) {
        Translation t = translations.get(languageTag);
        return t == null || t.description() == null ? description : t.description();
    }

    /** The server with this id, if any. */
    public Optional<ServerSpec> server(ServerId id) {
        return servers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Whether a kill or revive may name {@code id}: a server, a storage node, a balancer or a region (the whole site)
     * of this lab.
     */
    public boolean killable(String id) {
        return server(ServerId.of(id)).isPresent()
                || otherFailureTargets(front, storage).contains(id);
    }

    /**
     * What besides servers a kill or revive may name in a lab with this balancer tier and storage tier (null for
     * none): its storage nodes, balancers and regions. The file reader checks a scenario with it before the topology
     * exists.
     */
    public static Set<String> otherFailureTargets(Frontend front, StorageSpec storage) {
        Set<String> ids = new HashSet<>(front.regions().weights().keySet());
        ids.addAll(front.ids());
        if (storage != null) {
            storage.nodes().forEach(node -> ids.add(node.id().value()));
        }
        return ids;
    }

    /** A copy with another balancer. */
    public Topology withBalancer(BalancerSpec newBalancer) {
        return new Topology(
                title, description, clients, newBalancer, servers, scenario, translations, lesson, storage, front);
    }

    /** A copy with another {@code title}, checked as the constructor checks it. */
    public Topology withTitle(String value) {
        return new Topology(
                value, description, clients, balancer, servers, scenario, translations, lesson, storage, front);
    }

    /** A copy with another {@code description}, checked as the constructor checks it. */
    public Topology withDescription(String value) {
        return new Topology(title, value, clients, balancer, servers, scenario, translations, lesson, storage, front);
    }

    /** A copy with another {@code clients}, checked as the constructor checks it. */
    public Topology withClients(List<ClientSpec> value) {
        return new Topology(
                title, description, value, balancer, servers, scenario, translations, lesson, storage, front);
    }

    /** A copy with another {@code servers}, checked as the constructor checks it. */
    public Topology withServers(List<ServerSpec> value) {
        return new Topology(
                title, description, clients, balancer, value, scenario, translations, lesson, storage, front);
    }

    /** A copy with another {@code scenario}, checked as the constructor checks it. */
    public Topology withScenario(List<ScenarioEvent> value) {
        return new Topology(
                title, description, clients, balancer, servers, value, translations, lesson, storage, front);
    }

    /** A copy with other translations of the title and description. */
    public Topology withTranslations(Map<String, Translation> value) {
        return new Topology(title, description, clients, balancer, servers, scenario, value, lesson, storage, front);
    }

    /** A copy with another balancer tier. */
    public Topology withFront(Frontend value) {
        return new Topology(
                title, description, clients, balancer, servers, scenario, translations, lesson, storage, value);
    }

    /** A copy with another challenge and guided steps. */
    public Topology withLesson(LessonPlan value) {
        return new Topology(
                title, description, clients, balancer, servers, scenario, translations, value, storage, front);
    }

    /** A copy with another storage tier, or none (null). */
    public Topology withStorage(StorageSpec value) {
        return new Topology(
                title, description, clients, balancer, servers, scenario, translations, lesson, value, front);
    }

    /** Whether {@code id} names a storage node of this topology. */
    public boolean isStorageNode(ServerId id) {
        return storage != null && storage.node(id).isPresent();
    }
}
