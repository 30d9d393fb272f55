package dev.balancelab.io;

import com.google.gson.stream.JsonWriter;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** Writes a {@link Topology} as schema-version-1 JSON, every field spelt out, indented by two spaces. */
final class TopologyWriter {
    private TopologyWriter() {}

    /** @throws IllegalArgumentException if the topology holds NaN or an infinite number (JSON has neither) */
    static String write(Topology t) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.beginObject();
            w.name("schemaVersion").value(TopologyReader.SCHEMA_VERSION);
            text(w.name("title"), t.title(), t, Topology.Translation::title);
            text(w.name("description"), t.description(), t, Topology.Translation::description);
            Regions regions = t.front().regions();
            w.name("clients").beginArray();
            for (ClientSpec c : t.clients()) {
                client(w, c, regions.ofClient(c.id()));
            }
            w.endArray();
            FrontendWriter.write(w, t.front(), t.balancers(), TopologyWriter::balancer);
            w.name("servers").beginArray();
            for (ServerSpec s : t.servers()) {
                server(w, s, regions.ofServer(s.id()));
            }
            w.endArray();
            w.name("scenario").beginArray();
            for (ScenarioEvent e : t.scenario()) {
                event(w, e);
            }
            w.endArray();
            LessonWriter.write(w, t.lesson());
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter failed", e);
        }
        return out.toString();
    }

    /** A plain string if there is no translation, else an object of texts by language, English first. */
    private static void text(JsonWriter w, String english, Topology t, Function<Topology.Translation, String> part)
            throws IOException {
        List<String> others = TopologyReader.LANGUAGES.stream()
                .filter(tag -> t.translations().containsKey(tag)
                        && part.apply(t.translations().get(tag)) != null)
                .toList();
        if (others.isEmpty()) {
            w.value(english);
            return;
        }
        w.beginObject().name(TopologyReader.ENGLISH).value(english);
        for (String tag : others) {
            w.name(tag).value(part.apply(t.translations().get(tag)));
        }
        w.endObject();
    }

    private static void client(JsonWriter w, ClientSpec c, String region) throws IOException {
        w.beginObject().name("id").value(c.id()).name("name").value(c.name());
        FrontendWriter.region(w, region);
        number(w.name("ratePerSecond"), c.ratePerSecond()).name("users").value(c.users());
        position(w, c.position());
        if (c.zipfExponent() > 0) {
            number(w.name("zipfExponent"), c.zipfExponent());
        }
        w.endObject();
    }

    /** The fields of one balancer's settings, inside an object the caller opens and closes. */
    private static void balancer(JsonWriter w, BalancerSpec b) throws IOException {
        w.name("algorithm").value(b.algorithm().id());
        w.name("params")
                .beginObject()
                .name("virtualNodesPerWeight")
                .value(b.params().virtualNodesPerWeight())
                .name("maglevTableSize")
                .value(b.params().maglevTableSize());
        number(w.name("ewmaDecayMs"), b.params().ewmaDecayMs())
                .name("slowStartMs")
                .value(b.params().slowStartMs())
                .endObject();
        w.name("healthCheck")
                .beginObject()
                .name("intervalMs")
                .value(b.healthCheck().intervalMs())
                .name("timeoutMs")
                .value(b.healthCheck().timeoutMs())
                .name("fall")
                .value(b.healthCheck().fall())
                .name("rise")
                .value(b.healthCheck().rise())
                .name("schedule")
                .value(ObjectNode.jsonName(b.healthCheck().schedule()))
                .name("model")
                .value(ObjectNode.jsonName(b.healthCheck().model()))
                .name("ttlMs")
                .value(b.healthCheck().ttlMs())
                .endObject();
        RetrySpec r = b.retry();
        w.name("retry")
                .beginObject()
                .name("maxAttempts")
                .value(r.maxAttempts())
                .name("perTryTimeoutMs")
                .value(r.perTryTimeoutMs())
                .name("backoffBaseMs")
                .value(r.backoffBaseMs())
                .name("backoffMaxMs")
                .value(r.backoffMaxMs());
        number(w.name("budgetPercent"), r.budgetPercent())
                .name("minRetryConcurrency")
                .value(r.minRetryConcurrency());
        w.name("retryOn").beginArray();
        for (RetryOn on : RetryOn.values()) {
            if (r.retryOn().contains(on)) {
                w.value(ObjectNode.jsonName(on));
            }
        }
        w.endArray().endObject();
        OutlierDetectionSpec o = b.outlierDetection();
        w.name("outlierDetection")
                .beginObject()
                .name("consecutiveErrors")
                .value(o.consecutiveErrors())
                .name("baseEjectionTimeMs")
                .value(o.baseEjectionTimeMs());
        number(w.name("maxEjectionPercent"), o.maxEjectionPercent()).endObject();
    }

    private static void event(JsonWriter w, ScenarioEvent e) throws IOException {
        w.beginObject().name("atMs").value(e.atMs()).name("type").value(ObjectNode.jsonName(e.type()));
        if (e.server() != null) {
            w.name("server").value(e.server().value());
        }
        if (e.type() == ScenarioEventType.SET_WEIGHT || e.type() == ScenarioEventType.SET_RATE) {
            number(w.name("value"), e.value());
        }
        w.endObject();
    }

    private static void server(JsonWriter w, ServerSpec s, String region) throws IOException {
        w.beginObject().name("id").value(s.id().value());
        FrontendWriter.region(w, region);
        w.name("name")
                .value(s.name())
                .name("weight")
                .value(s.weight())
                .name("workers")
                .value(s.workers())
                .name("queueCapacity")
                .value(s.queueCapacity());
        w.name("serviceTime")
                .beginObject()
                .name("distribution")
                .value(ObjectNode.jsonName(s.serviceTime().distribution()));
        number(w.name("meanMs"), s.serviceTime().meanMs()).endObject();
        w.name("failure").value(ObjectNode.jsonName(s.failure()));
        position(w, s.position());
        if (s.backup()) {
            w.name("backup").value(true);
        }
        cache(w, s.cache());
        w.endObject();
    }

    private static void cache(JsonWriter w, CacheSpec c) throws IOException {
        if (c != null) {
            w.name("cache")
                    .beginObject()
                    .name("capacity")
                    .value(c.capacity())
                    .name("policy")
                    .value(ObjectNode.jsonName(c.policy()))
                    .name("hitMs")
                    .value(c.hitMs())
                    .endObject();
        }
    }

    private static JsonWriter position(JsonWriter w, Position p) throws IOException {
        w.name("position").beginObject();
        number(w.name("x"), p.x());
        return number(w.name("y"), p.y()).endObject();
    }

    /** Writes whole numbers without a fraction ({@code 100}, not {@code 100.0}). */
    static JsonWriter number(JsonWriter w, double value) throws IOException {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? w.value((long) value) : w.value(value);
    }
}
