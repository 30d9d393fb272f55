package dev.balancelab.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * @param translations the title and description in other languages, by IETF language tag (for example {@code zh-CN});
 *     {@code title} and {@code description} are the English ones
 * @param lesson the lesson's challenge and guided steps, {@link LessonPlan#NONE} if it has neither
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
        Frontend front) {
    /**
     * The title and description of a lesson in one other language; either may be null (then the English one shows).
     *
     * @param title the title, or null
     * @param description the description, or null
     */
    public record Translation(String title, String description) {}

    /** A topology with one balancer, {@code lb1}, reached directly. */
    public Topology(
            String title,
            String description,
            List<ClientSpec> clients,
            BalancerSpec balancer,
            List<ServerSpec> servers,
            List<ScenarioEvent> scenario,
            Map<String, Translation> translations,
            LessonPlan lesson) {
        this(title, description, clients, balancer, servers, scenario, translations, lesson, Frontend.SINGLE);
    }

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

    /**
     * @throws IllegalArgumentException if there are no clients or servers, two servers share an id, or a balancer
     *     shares an id with a server
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
     * Whether a kill or revive may name {@code id}: a server, a balancer or a region (the whole site) of this lab.
     */
    public boolean killable(String id) {
        return server(ServerId.of(id)).isPresent()
                || front.ids().contains(id)
                || front.regions().weights().containsKey(id);
    }

    /** A copy with another balancer. */
    public Topology withBalancer(BalancerSpec newBalancer) {
        return new Topology(title, description, clients, newBalancer, servers, scenario, translations, lesson, front);
    }

    /** A copy with another {@code title}, checked as the constructor checks it. */
    public Topology withTitle(String value) {
        return new Topology(value, description, clients, balancer, servers, scenario, translations, lesson, front);
    }

    /** A copy with another {@code description}, checked as the constructor checks it. */
    public Topology withDescription(String value) {
        return new Topology(title, value, clients, balancer, servers, scenario, translations, lesson, front);
    }

    /** A copy with another {@code clients}, checked as the constructor checks it. */
    public Topology withClients(List<ClientSpec> value) {
        return new Topology(title, description, value, balancer, servers, scenario, translations, lesson, front);
    }

    /** A copy with another {@code servers}, checked as the constructor checks it. */
    public Topology withServers(List<ServerSpec> value) {
        return new Topology(title, description, clients, balancer, value, scenario, translations, lesson, front);
    }

    /** A copy with another {@code scenario}, checked as the constructor checks it. */
    public Topology withScenario(List<ScenarioEvent> value) {
        return new Topology(title, description, clients, balancer, servers, value, translations, lesson, front);
    }

    /** A copy with other translations of the title and description. */
    public Topology withTranslations(Map<String, Translation> value) {
        return new Topology(title, description, clients, balancer, servers, scenario, value, lesson, front);
    }

    /** A copy with another balancer tier. */
    public Topology withFront(Frontend value) {
        return new Topology(title, description, clients, balancer, servers, scenario, translations, lesson, value);
    }

    /** A copy with another challenge and guided steps. */
    public Topology withLesson(LessonPlan value) {
        return new Topology(title, description, clients, balancer, servers, scenario, translations, value, front);
    }
}
