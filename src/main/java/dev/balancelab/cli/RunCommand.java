package dev.balancelab.cli;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.io.JsonOutput;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE}: runs a topology headless on the real engine (real worker threads, real heartbeats) for a lab
 * duration at speed 1× and prints the figures, as one JSON object with {@code --json}.
 */
@Command(name = "run", description = "Run a topology headless with the real engine and print the figures.")
final class RunCommand implements Callable<Integer> {
    /** {@code type:target[=value]@time}. */
    private static final Pattern EVENT = Pattern.compile("(kill|revive|weight|rate):([^=@]+)(?:=([^@]+))?@(.+)");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Topology JSON file.")
    private Path file;

    @Option(names = "--duration", defaultValue = "10s", description = "Lab time to run, e.g. 10s, 500ms, 2m.")
    private String duration;

    @Option(
            names = "--algorithm",
            completionCandidates = AlgorithmIds.class,
            description = "Override the file's algorithm: ${COMPLETION-CANDIDATES}.")
    private String algorithm;

    @Option(names = "--rate", description = "Total offered load in requests/s (clients keep their proportions).")
    private Double rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for arrivals, keys and random algorithms.")
    private long seed;

    @Option(
            names = "--event",
            paramLabel = "TYPE:SERVER@TIME",
            description = "Timed event: kill:s2@3s, revive:s2@6s, weight:s3=5@4s, rate:800@5s; repeatable.")
    private List<String> events = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        Topology topology = topology();
        long durationMs = DurationParser.millis(duration, "--duration");
        List<ScenarioEvent> extra = parseEvents(topology);
        if (rate != null && !(rate >= 0)) {
            throw new InputError("--rate: must be >= 0, was " + rate);
        }
        Map<String, Object> result;
        try (LabEngine engine = new LabEngine(topology, seed, 0)) {
            if (rate != null) {
                engine.setTotalRate(rate);
            }
            extra.forEach(engine::schedule);
            engine.start();
            while (engine.labNanos() < durationMs * 1_000_000) {
                Thread.sleep(5);
            }
            engine.stopTraffic();
            result = report(engine.algorithm().id(), durationMs, engine.snapshot(), engine.history());
        }
        spec.commandLine().getOut().println(json ? JsonOutput.toJson(result) : text(result));
        return 0;
    }

    private Topology topology() {
        Topology topology;
        try {
            topology = TopologyFiles.load(file);
        } catch (TopologyFileException e) {
            throw new InputError(e.getMessage());
        }
        if (algorithm == null) {
            return topology;
        }
        return topology.withBalancer(
                topology.balancer().withAlgorithm(Inputs.algorithm(algorithm).kind()));
    }

    private List<ScenarioEvent> parseEvents(Topology topology) {
        List<ScenarioEvent> parsed = new ArrayList<>();
        for (String text : events) {
            Matcher m = EVENT.matcher(text);
            if (!m.matches()) {
                throw new InputError("--event: '" + text + "' is not kill:S@T, revive:S@T, weight:S=W@T or rate:R@T"
                        + " (e.g. kill:s2@3s)");
            }
            long atMs = DurationParser.millis(m.group(4), "--event");
            parsed.add(
                    switch (m.group(1)) {
                        case "rate" ->
                            new ScenarioEvent(atMs, ScenarioEventType.SET_RATE, null, number(m.group(2), text));
                        case "weight" ->
                            new ScenarioEvent(
                                    atMs,
                                    ScenarioEventType.SET_WEIGHT,
                                    server(topology, m.group(2)),
                                    Inputs.atLeast("--event weight", (int) number(m.group(3), text), 1));
                        case "kill" -> new ScenarioEvent(atMs, ScenarioEventType.KILL, server(topology, m.group(2)));
                        default -> new ScenarioEvent(atMs, ScenarioEventType.REVIVE, server(topology, m.group(2)));
                    });
        }
        return parsed;
    }

    private ServerId server(Topology topology, String id) {
        if (id == null || topology.server(ServerId.of(id)).isEmpty()) {
            throw new InputError("--event: no server '" + id + "' in " + file);
        }
        return ServerId.of(id);
    }

    private static double number(String text, String event) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InputError("--event: '" + event + "' needs a number");
        }
    }

    private Map<String, Object> report(
            String algorithmName, long durationMs, MetricsSnapshot s, List<LabEvent> history) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithm", algorithmName);
        out.put("durationMs", durationMs);
        out.put("seed", seed);
        out.put("sent", s.counts().sent());
        out.put("completed", s.counts().completed());
        out.put("failed", s.counts().failed());
        out.put("inFlight", s.counts().inFlight());
        out.put("retries", s.counts().retries());
        out.put("attempts", s.counts().attempts());
        Map<String, Object> perServer = new LinkedHashMap<>();
        s.perServer()
                .forEach((id, m) -> perServer.put(id.value(), row("completed", m.completed(), "failed", m.failed())));
        out.put("perServer", perServer);
        out.put(
                "latencyMs",
                row(
                        "p50",
                        s.latency().p50Ms(),
                        "p95",
                        s.latency().p95Ms(),
                        "p99",
                        s.latency().p99Ms()));
        List<Object> transitions = new ArrayList<>();
        List<Object> injected = new ArrayList<>();
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
            }
        }
        out.put("healthTransitions", transitions);
        out.put("events", injected);
        return out;
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    private static String text(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder();
        result.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-18s %s%n", k, v)));
        return sb.toString().stripTrailing();
    }
}
