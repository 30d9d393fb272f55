package dev.balancelab.io;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.CheckSchedule;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.Limits;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.ServiceUrl;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a {@link JsonDocument} to a {@link Topology}, field by field, with the rules of schema version 1 (see
 * {@code sample-topologies/README.md}). Limits keep a lab runnable: every server is a real thread pool.
 */
final class TopologyReader {
    /** The one schema version this code reads and writes. */
    static final int SCHEMA_VERSION = 1;

    private static final double CLIENT_X = 0.1;
    private static final double SERVER_X = 0.9;

    private static final List<String> TOP = List.of(
            "schemaVersion",
            "title",
            "description",
            "clients",
            "balancer",
            "servers",
            "scenario",
            "challenge",
            "steps",
            "storage",
            "balancers",
            "vip",
            "dns",
            "regions",
            "clientRetry");
    private static final List<String> CLIENT = List.of(
            "id",
            "name",
            "ratePerSecond",
            "users",
            "position",
            "zipfExponent",
            "writeProportion",
            FrontendReader.REGION);
    private static final List<String> BALANCER =
            List.of("algorithm", "params", "healthCheck", "retry", "outlierDetection");
    private static final List<String> OUTLIERS =
            List.of("consecutiveErrors", "baseEjectionTimeMs", "maxEjectionPercent");
    private static final List<String> PARAMS =
            List.of("virtualNodesPerWeight", "maglevTableSize", "ewmaDecayMs", "slowStartMs");
    private static final List<String> HEALTH =
            List.of("intervalMs", "timeoutMs", "fall", "rise", "schedule", "model", "ttlMs");
    private static final List<String> RETRY = List.of(
            "maxAttempts",
            "perTryTimeoutMs",
            "backoffBaseMs",
            "backoffMaxMs",
            "budgetPercent",
            "minRetryConcurrency",
            "retryOn");
    private static final List<String> SERVER = List.of(
            "id",
            "name",
            "weight",
            "workers",
            "queueCapacity",
            "serviceTime",
            "failure",
            "position",
            "backup",
            "cache",
            "url",
            "healthPath",
            FrontendReader.REGION);
    private static final List<String> CACHE = List.of("capacity", "policy", "hitMs");
    private static final List<String> SERVICE_TIME = List.of("distribution", "meanMs");
    private static final List<String> POSITION = List.of("x", "y");
    private static final List<String> EVENT = List.of("atMs", "type", "server", "value");

    /** The language of the plain texts, which every file has. */
    static final String ENGLISH = "en";
    /** The languages a title or description may be given in, English first. */
    static final List<String> LANGUAGES = List.of(ENGLISH, "zh-CN");

    private TopologyReader() {}

    /** The topology in {@code doc}; {@code defaultTitle} is used if the file has no title. */
    static Topology read(JsonDocument doc, String defaultTitle) throws TopologyFileException {
        ObjectNode top = ObjectNode.root(doc, TOP);
        long version = top.whole("schemaVersion", null, 1, Integer.MAX_VALUE);
        if (version != SCHEMA_VERSION) {
            throw top.error(
                    "schemaVersion",
                    "unsupported version " + version + " (this Balance Lab reads version " + SCHEMA_VERSION + ")");
        }
        Map<String, String> titles = top.texts("title", defaultTitle, LANGUAGES);
        Map<String, String> descriptions = top.texts("description", "", LANGUAGES);
        List<ObjectNode> clientNodes = top.objects("clients", CLIENT, true, Limits.MAX_CLIENTS);
        List<ClientSpec> clients = clients(clientNodes);
        List<ObjectNode> serverNodes = top.objects("servers", SERVER, true, Limits.MAX_SERVERS);
        List<ServerSpec> servers = servers(serverNodes);
        FrontendReader.Tier tier = FrontendReader.read(
                top,
                BALANCER,
                TopologyReader::balancer,
                clientNodes,
                clients.stream().map(ClientSpec::id).toList(),
                serverNodes,
                servers.stream().map(s -> s.id().value()).toList());
        Frontend front = tier.front();
        BalancerSpec balancer = tier.balancers().get(0).spec();
        for (BalancerInstance b : tier.balancers()) {
            checkRingPoints(doc, b.spec().params(), servers);
        }
        StorageSpec storage = StorageReader.read(top, servers);
        List<ScenarioEvent> scenario = scenario(
                top.objects("scenario", EVENT, false, Limits.MAX_SCENARIO_EVENTS),
                servers,
                Topology.otherFailureTargets(front, storage));
        return new Topology(
                titles.get(ENGLISH),
                descriptions.get(ENGLISH),
                clients,
                balancer,
                servers,
                scenario,
                translations(titles, descriptions),
                LessonReader.read(top, servers),
                storage,
                front);
    }

    /** The other languages' texts, by tag. */
    private static Map<String, Topology.Translation> translations(
            Map<String, String> titles, Map<String, String> descriptions) {
        Map<String, Topology.Translation> translations = new HashMap<>();
        for (String tag : LANGUAGES.subList(1, LANGUAGES.size())) {
            if (titles.containsKey(tag) || descriptions.containsKey(tag)) {
                translations.put(tag, new Topology.Translation(titles.get(tag), descriptions.get(tag)));
            }
        }
        return translations;
    }

    private static List<ClientSpec> clients(List<ObjectNode> nodes) throws TopologyFileException {
        List<ClientSpec> clients = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            ObjectNode n = nodes.get(i);
            String id = unique(n, n.string("id", "c" + (i + 1)), seen);
            ClientSpec d = ClientSpec.defaults(id, spread(CLIENT_X, i, nodes.size()));
            clients.add(new ClientSpec(
                    id,
                    n.string("name", d.name()),
                    n.decimal("ratePerSecond", d.ratePerSecond(), Limits.RATE),
                    n.integer("users", d.users(), Limits.USERS),
                    position(n, d.position()),
                    n.decimal("zipfExponent", d.zipfExponent(), Limits.ZIPF_EXPONENT),
                    n.decimal("writeProportion", d.writeProportion(), 0, 1)));
        }
        return clients;
    }

    private static List<ServerSpec> servers(List<ObjectNode> nodes) throws TopologyFileException {
        List<ServerSpec> servers = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int totalWorkers = 0;
        for (int i = 0; i < nodes.size(); i++) {
            ObjectNode n = nodes.get(i);
            String id = unique(n, n.string("id", null), seen);
            ServerSpec d = ServerSpec.defaults(ServerId.of(id), spread(SERVER_X, i, nodes.size()));
            int workers = n.integer("workers", d.workers(), Limits.WORKERS);
            totalWorkers += workers;
            if (totalWorkers > Limits.MAX_TOTAL_WORKERS) {
                throw n.error(
                        "workers",
                        "servers[0.." + i + "].workers add up to " + totalWorkers + " worker threads, more than the "
                                + Limits.MAX_TOTAL_WORKERS + " the lab can run");
            }
            servers.add(new ServerSpec(
                    d.id(),
                    n.string("name", d.name()),
                    n.integer("weight", d.weight(), Limits.WEIGHT),
                    workers,
                    n.integer("queueCapacity", d.queueCapacity(), Limits.QUEUE_CAPACITY),
                    serviceTime(n.object("serviceTime", SERVICE_TIME)),
                    n.constant("failure", FailureKind.class, d.failure()),
                    position(n, d.position()),
                    n.flag("backup", d.backup()),
                    cache(n),
                    url(n)));
        }
        return servers;
    }

    /** The server's {@code cache} object, or null if it has none; absent fields take {@link CacheSpec#DEFAULT}'s. */
    private static CacheSpec cache(ObjectNode server) throws TopologyFileException {
        if (!server.has("cache")) {
            return null;
        }
        ObjectNode n = server.object("cache", CACHE);
        CacheSpec d = CacheSpec.DEFAULT;
        return new CacheSpec(
                n.integer("capacity", d.capacity(), Limits.CACHE_CAPACITY),
                n.constant("policy", CachePolicy.class, d.policy()),
                n.whole("hitMs", d.hitMs(), Limits.CACHE_HIT_MS));
    }

    /**
     * The server's {@code url} (a server the lab does not run) with its {@code healthPath}, or null if it has none.
     */
    private static ServiceUrl url(ObjectNode server) throws TopologyFileException {
        String healthPath = server.has("healthPath") ? server.string("healthPath", null) : null;
        if (!server.has("url")) {
            if (healthPath != null) {
                throw server.error("healthPath", "is the health check path of a \"url\" server; this one has no url");
            }
            return null;
        }
        ServiceUrl parsed;
        try {
            parsed = ServiceUrl.of(server.string("url", null));
        } catch (IllegalArgumentException e) {
            throw server.error("url", e.getMessage());
        }
        try {
            return healthPath == null ? parsed : parsed.withHealthPath(healthPath);
        } catch (IllegalArgumentException e) {
            throw server.error("healthPath", e.getMessage());
        }
    }

    /** Checks that the consistent-hashing ring fits {@link Limits#MAX_RING_POINTS}, whatever the algorithm. */
    private static void checkRingPoints(JsonDocument doc, AlgorithmParams params, List<ServerSpec> servers)
            throws TopologyFileException {
        long totalWeight = servers.stream().mapToLong(ServerSpec::weight).sum();
        long points = Limits.ringPoints(params.virtualNodesPerWeight(), totalWeight);
        if (points > Limits.MAX_RING_POINTS) {
            throw doc.error(
                    "balancer.params.virtualNodesPerWeight",
                    "virtualNodesPerWeight " + params.virtualNodesPerWeight() + " × servers[].weight total "
                            + totalWeight + " = " + points + " ring points, more than the " + Limits.MAX_RING_POINTS
                            + " the lab can carry");
        }
    }

    /** Checks that {@code id} is not blank and not used by an earlier node of the same list. */
    static String unique(ObjectNode n, String id, Map<String, String> seen) throws TopologyFileException {
        if (id.isBlank()) {
            throw n.error("id", "must not be blank");
        }
        String first = seen.putIfAbsent(id, n.path("id"));
        if (first != null) {
            throw n.error("id", "duplicate id " + ObjectNode.quote(id) + " (first used at " + first + ")");
        }
        return id;
    }

    private static ServiceTime serviceTime(ObjectNode n) throws TopologyFileException {
        ServiceTime d = ServiceTime.DEFAULT;
        return new ServiceTime(
                n.constant("distribution", Distribution.class, d.distribution()),
                n.decimal("meanMs", d.meanMs(), Limits.SERVICE_MEAN_MS));
    }

    static Position position(ObjectNode owner, Position fallback) throws TopologyFileException {
        ObjectNode n = owner.object("position", POSITION);
        return new Position(n.decimal("x", fallback.x(), 0, 1), n.decimal("y", fallback.y(), 0, 1));
    }

    /** The default position of node {@code i} of {@code n}: a column at {@code x}, evenly spaced top to bottom. */
    static Position spread(double x, int i, int n) {
        return new Position(x, (i + 1.0) / (n + 1));
    }

    private static BalancerSpec balancer(ObjectNode n) throws TopologyFileException {
        return new BalancerSpec(
                AlgorithmKind.fromId(n.choice("algorithm", AlgorithmKind.ids(), null)),
                params(n.object("params", PARAMS)),
                healthCheck(n.object("healthCheck", HEALTH)),
                retry(n.object("retry", RETRY)),
                outlierDetection(n.object("outlierDetection", OUTLIERS)));
    }

    private static OutlierDetectionSpec outlierDetection(ObjectNode n) throws TopologyFileException {
        OutlierDetectionSpec d = OutlierDetectionSpec.OFF;
        return new OutlierDetectionSpec(
                n.integer("consecutiveErrors", d.consecutiveErrors(), Limits.CONSECUTIVE_ERRORS),
                n.whole("baseEjectionTimeMs", d.baseEjectionTimeMs(), Limits.BASE_EJECTION_MS),
                n.decimal("maxEjectionPercent", d.maxEjectionPercent(), Limits.PERCENT));
    }

    private static AlgorithmParams params(ObjectNode n) throws TopologyFileException {
        AlgorithmParams d = AlgorithmParams.DEFAULT;
        int virtualNodes =
                n.integer("virtualNodesPerWeight", d.virtualNodesPerWeight(), Limits.VIRTUAL_NODES_PER_WEIGHT);
        int tableSize = n.integer("maglevTableSize", d.maglevTableSize(), Limits.MAGLEV_TABLE_SIZE);
        if (!AlgorithmParams.isPrime(tableSize)) {
            throw n.error("maglevTableSize", "must be a prime number, was " + tableSize);
        }
        return new AlgorithmParams(
                virtualNodes,
                tableSize,
                n.decimal("ewmaDecayMs", d.ewmaDecayMs(), Limits.EWMA_DECAY_MS),
                n.whole("slowStartMs", d.slowStartMs(), Limits.SLOW_START_MS));
    }

    private static HealthCheckSpec healthCheck(ObjectNode n) throws TopologyFileException {
        HealthCheckSpec d = HealthCheckSpec.DEFAULT;
        return new HealthCheckSpec(
                n.whole("intervalMs", d.intervalMs(), Limits.CHECK_MS),
                n.whole("timeoutMs", d.timeoutMs(), Limits.CHECK_MS),
                n.integer("fall", d.fall(), Limits.CHECK_COUNT),
                n.integer("rise", d.rise(), Limits.CHECK_COUNT),
                n.constant("schedule", CheckSchedule.class, d.schedule()),
                n.constant("model", HealthModel.class, d.model()),
                n.whole("ttlMs", d.ttlMs(), Limits.CHECK_MS));
    }

    private static RetrySpec retry(ObjectNode n) throws TopologyFileException {
        RetrySpec d = RetrySpec.DEFAULT;
        int maxAttempts = n.integer("maxAttempts", d.maxAttempts(), Limits.MAX_ATTEMPTS);
        long perTryTimeoutMs = n.whole("perTryTimeoutMs", d.perTryTimeoutMs(), Limits.RETRY_MS);
        long base = n.whole("backoffBaseMs", d.backoffBaseMs(), Limits.RETRY_MS);
        long cap = n.whole("backoffMaxMs", Math.max(base, d.backoffMaxMs()), base, (long) Limits.RETRY_MS.max());
        return new RetrySpec(
                maxAttempts,
                perTryTimeoutMs,
                base,
                cap,
                n.decimal("budgetPercent", d.budgetPercent(), Limits.PERCENT),
                n.integer("minRetryConcurrency", d.minRetryConcurrency(), Limits.MIN_RETRY_CONCURRENCY),
                n.constants("retryOn", RetryOn.class, d.retryOn()));
    }

    /** The scenario; a kill or revive may also name one of {@code killable} (storage nodes, balancers, regions). */
    private static List<ScenarioEvent> scenario(List<ObjectNode> nodes, List<ServerSpec> servers, Set<String> killable)
            throws TopologyFileException {
        Set<String> ids = servers.stream().map(s -> s.id().value()).collect(Collectors.toSet());
        List<ScenarioEvent> events = new ArrayList<>();
        for (ObjectNode n : nodes) {
            long atMs = n.whole("atMs", null, 0, Limits.MAX_LAB_TIME_MS);
            ScenarioEventType type = n.constant("type", ScenarioEventType.class, null);
            if (type == ScenarioEventType.SET_RATE) {
                events.add(new ScenarioEvent(atMs, type, null, n.decimal("value", null, Limits.RATE)));
                continue;
            }
            String server = n.string("server", null);
            boolean failure = type == ScenarioEventType.KILL || type == ScenarioEventType.REVIVE;
            if (!ids.contains(server) && !(failure && killable.contains(server))) {
                throw n.error(
                        "server",
                        "no " + (failure ? "server, storage node, balancer or region" : "server") + " has id "
                                + ObjectNode.quote(server));
            }
            double value = type == ScenarioEventType.SET_WEIGHT ? n.integer("value", null, Limits.WEIGHT) : 0;
            events.add(new ScenarioEvent(atMs, type, ServerId.of(server), value));
        }
        return events;
    }
}
