package dev.balancelab.cli;

import dev.balancelab.data.Rebalance;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.HeadlessRun;
import dev.balancelab.telemetry.CacheCounts;
import dev.balancelab.telemetry.DataCounts;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run summary {@code run --json} prints and {@code compare} prints once per algorithm. */
final class RunReport {
    private RunReport() {}

    /** The summary of {@code result}, a run of {@code run}, as ordered JSON-ready maps and lists. */
    static Map<String, Object> of(HeadlessRun run, HeadlessRun.Result result) {
        MetricsSnapshot s = result.snapshot();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithm", result.algorithm());
        out.put("durationMs", run.durationMs());
        out.put("seed", run.seed());
        out.put("clock", run.virtual() ? "virtual" : "real");
        HealthCheckSpec check = run.topology().balancer().healthCheck();
        out.put(
                "healthCheck",
                row(
                        "intervalMs",
                        check.intervalMs(),
                        "timeoutMs",
                        check.timeoutMs(),
                        "fall",
                        check.fall(),
                        "rise",
                        check.rise(),
                        "schedule",
                        check.schedule().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "model",
                        check.model().name().toLowerCase(Locale.ROOT),
                        "ttlMs",
                        check.ttlMs()));
        out.put("sent", s.counts().sent());
        out.put("completed", s.counts().completed());
        out.put("failed", s.counts().failed());
        out.put("inFlight", s.counts().inFlight());
        out.put("retries", s.counts().retries());
        out.put("attempts", s.counts().attempts());
        Map<String, Object> perServer = new LinkedHashMap<>();
        s.perServer()
                .forEach((id, m) -> perServer.put(
                        id.value(),
                        server(m, run.topology().server(id).orElseThrow().backup())));
        if (s.cache() != null) {
            out.put("cache", cache(s.cache()));
        }
        out.put("perServer", perServer);
        if (s.data() != null) {
            out.put("data", data(s.data()));
            out.put("partitions", partitions(run.topology()));
        }
        out.put(
                "latencyMs",
                row(
                        "p50",
                        s.latency().p50Ms(),
                        "p95",
                        s.latency().p95Ms(),
                        "p99",
                        s.latency().p99Ms()));
        double fairness = KeyTally.fairness(s.perServer());
        out.put("fairness", Double.isNaN(fairness) ? null : Math.round(fairness * 10_000) / 10_000.0);
        out.put("keys", row("seen", result.keys().keys(), "moved", result.keys().moved()));
        history(out, result.history());
        if (!run.topology().front().single()) {
            TierReport.add(out, result.tier(), result.history());
        }
        return out;
    }

    /** A server's {@code completed, failed, backup} and, if it has a cache, its {@code cache}. */
    private static Map<String, Object> server(ServerMetrics m, boolean backup) {
        Map<String, Object> row = row("completed", m.completed(), "failed", m.failed(), "backup", backup);
        if (m.cache() != null) {
            row.put("cache", cache(m.cache()));
        }
        return row;
    }

    /** The storage tier's figures, as {@link DataCounts} names them. */
    private static Map<String, Object> data(DataCounts d) {
        return row(
                "reads",
                d.reads(),
                "writes",
                d.writes(),
                "failedReads",
                d.failedReads(),
                "failedWrites",
                d.failedWrites(),
                "underReplicatedKeys",
                d.underReplicatedKeys(),
                "unavailableKeys",
                d.unavailableKeys(),
                "hintsStored",
                d.hintsStored(),
                "hintsDelivered",
                d.hintsDelivered());
    }

    /**
     * The storage tier's partitions: keys per owner, and what adding a node and removing each node would move against
     * the ideal ({@link Rebalance}), over the clients' keys.
     */
    private static Map<String, Object> partitions(Topology t) {
        StorageSpec spec = t.storage();
        List<String> keys = Rebalance.clientKeys(t.clients());
        Map<String, Object> owners = new LinkedHashMap<>();
        Rebalance.owners(spec, keys).forEach((id, n) -> owners.put(id.value(), n));
        Map<String, Object> remove = new LinkedHashMap<>();
        if (spec.nodes().size() > 1) {
            spec.nodes().forEach(n -> remove.put(n.id().value(), move(Rebalance.remove(spec, n.id(), keys))));
        }
        return row(
                "partitioning",
                spec.partitioning().name().toLowerCase(Locale.ROOT),
                "keys",
                keys.size(),
                "owners",
                owners,
                "add",
                move(Rebalance.add(spec, keys)),
                "remove",
                remove);
    }

    private static Map<String, Object> move(Rebalance.Move m) {
        return row(
                "node",
                m.node().value(),
                "moved",
                m.moved(),
                "movedPercent",
                Math.round(m.movedPercent() * 100) / 100.0,
                "idealPercent",
                Math.round(m.idealPercent() * 100) / 100.0,
                "flows",
                m.flows());
    }

    /** {@code hits, misses, hitRatio} (rounded to 4 decimals). */
    private static Map<String, Object> cache(CacheCounts c) {
        return row("hits", c.hits(), "misses", c.misses(), "hitRatio", Math.round(c.hitRatio() * 10_000) / 10_000.0);
    }

    private static void history(Map<String, Object> out, List<LabEvent> history) {
        List<Object> transitions = new ArrayList<>();
        List<Object> injected = new ArrayList<>();
        List<Object> ejections = new ArrayList<>();
        for (LabEvent e : history) {
            if (e instanceof LabEvent.HealthChanged h) {
                transitions.add(row(
                        "server",
                        h.server().value(),
                        "from",
                        h.from().name(),
                        "to",
                        h.to().name(),
                        "atMs",
                        h.nanos() / 1_000_000));
            } else if (e instanceof LabEvent.Injected i) {
                injected.add(row("type", i.type(), "server", i.server().value(), "atMs", i.nanos() / 1_000_000));
            } else if (e instanceof LabEvent.Ejected j) {
                ejections.add(row(
                        "server",
                        j.server().value(),
                        "action",
                        "eject",
                        "atMs",
                        j.nanos() / 1_000_000,
                        "ejectionMs",
                        j.ejectionMs()));
            } else if (e instanceof LabEvent.BalancerChanged b) {
                injected.add(row(
                        "type",
                        b.alive() ? "revive" : "kill",
                        "balancer",
                        b.balancer(),
                        "atMs",
                        b.nanos() / 1_000_000));
            } else if (e instanceof LabEvent.Unejected u) {
                ejections.add(row("server", u.server().value(), "action", "uneject", "atMs", u.nanos() / 1_000_000));
            }
        }
        out.put("healthTransitions", transitions);
        out.put("ejections", ejections);
        out.put("events", injected);
    }

    /** An ordered map of alternating keys and values. */
    static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    /** {@code value} without a fraction when it is whole ({@code 400}, not {@code 400.0}). */
    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** One {@code key value} line per entry, for output without {@code --json}. */
    static String text(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder();
        result.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-18s %s%n", k, v)));
        return sb.toString().stripTrailing();
    }
}
