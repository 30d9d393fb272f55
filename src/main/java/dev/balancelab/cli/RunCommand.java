package dev.balancelab.cli;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Limits;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.engine.VirtualScheduler;
import dev.balancelab.io.JsonOutput;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.telemetry.CacheCounts;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE}: runs a topology headless for a lab duration at speed 1× and prints the figures, as one JSON object
 * with {@code --json}. By default in virtual time ({@link LabEngine#virtualTime}: the engine's model on a
 * discrete-event clock, so the same file, seed and events give byte-identical output, far faster than real time);
 * {@code --no-virtual-time} runs it on real worker threads and the wall clock, as the window does.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a topology headless with the lab's engine and print the figures.")
final class RunCommand implements Callable<Integer> {
    /** {@code type:target[=value]@time}. */
    private static final Pattern EVENT = Pattern.compile("(kill|revive|weight|rate):([^=@\\s]+)(?:=([^@]+))?@(.+)");

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Topology JSON file: a regular file of at most 10 MB (see sample-topologies/README.md).")
    private String file;

    @Option(
            names = "--duration",
            defaultValue = "10s",
            description = "Lab time to run, " + DurationParser.RANGE + ", e.g. 10s, 500ms, 2m, 1h.")
    private String duration;

    @Option(
            names = "--algorithm",
            completionCandidates = AlgorithmIds.class,
            description = "Override the file's algorithm: ${COMPLETION-CANDIDATES}.")
    private String algorithm;

    @Option(
            names = "--rate",
            description =
                    "Total offered load in requests/s, 0.." + Limits.MAX_RATE + " (clients keep their proportions).")
    private String rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for arrivals, keys and random algorithms.")
    private long seed;

    @Option(
            names = "--event",
            paramLabel = "TYPE:SERVER@TIME",
            description = "Timed event: kill:s2@3s, revive:s2@6s, weight:s3=5@4s, rate:800@5s; repeatable up to "
                    + Limits.MAX_SCENARIO_EVENTS + " times. Times " + DurationParser.RANGE + ", weights integers 1.."
                    + Limits.MAX_WEIGHT + ", rates 0.." + Limits.MAX_RATE + " requests/s.")
    private List<String> events = new ArrayList<>();

    @Option(
            names = "--virtual-time",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Run on a discrete-event clock (the default): the same file, seed and events give"
                    + " byte-identical output, far faster than real time. --no-virtual-time runs real worker threads"
                    + " and heartbeats on the wall clock, as the window does; thread timing then varies the figures.")
    private boolean virtualTime;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        long durationMs = DurationParser.millis(duration, "--duration");
        Double totalRate = rate == null ? null : Inputs.rate("--rate", rate);
        List<ScenarioEvent> extra = parseEvents();
        Optional<AlgorithmKind> override =
                Optional.ofNullable(algorithm).map(a -> Inputs.algorithm(a).kind());
        Topology topology = topology(override);
        extra.forEach(e -> checkServer(topology, e.server()));
        Map<String, Object> result;
        VirtualScheduler time = new VirtualScheduler();
        try (LabEngine engine =
                virtualTime ? LabEngine.virtualTime(topology, seed, 0, time) : LabEngine.realTime(topology, seed, 0)) {
            if (totalRate != null) {
                engine.setTotalRate(totalRate);
            }
            extra.forEach(engine::schedule);
            engine.start();
            if (virtualTime) {
                time.advanceBy(durationMs);
            } else {
                while (engine.labNanos() < durationMs * 1_000_000) {
                    Thread.sleep(5);
                }
            }
            engine.stopTraffic();
            result = report(topology, engine.algorithm().id(), durationMs, engine.snapshot(), engine.history());
        }
        spec.commandLine().getOut().println(json ? JsonOutput.toJson(result) : text(result));
        return 0;
    }

    /** The file's topology, with the algorithm {@code override} if one is given. */
    private Topology topology(Optional<AlgorithmKind> override) {
        Topology topology;
        try {
            topology = TopologyFiles.load(path());
        } catch (TopologyFileException e) {
            throw new InputError(e.getMessage() + encodingHint());
        }
        return override.map(kind -> topology.withBalancer(topology.balancer().withAlgorithm(kind)))
                .orElse(topology);
    }

    /** {@code FILE} as a path; a name the file system cannot represent is an {@link InputError}. */
    private Path path() {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new InputError(file + ": not a usable file name: " + e.getReason() + encodingHint());
        }
    }

    /** A hint when {@code FILE} holds characters that {@code sun.jnu.encoding} did not decode or cannot encode. */
    private String encodingHint() {
        String encoding =
                System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        boolean suspect = file.indexOf('\uFFFD') >= 0
                || (Charset.isSupported(encoding)
                        && !Charset.forName(encoding).newEncoder().canEncode(file));
        if (!suspect) {
            return "";
        }
        boolean utf8 =
                Charset.isSupported(encoding) && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        return " (the name is not valid " + encoding + ", the encoding of file names here; rename the file"
                + (utf8 ? "" : " or use a UTF-8 locale such as LANG=C.UTF-8") + ")";
    }

    /** Parses every {@code --event}; servers are checked against the file later ({@link #checkServer}). */
    private List<ScenarioEvent> parseEvents() {
        if (events.size() > Limits.MAX_SCENARIO_EVENTS) {
            throw new InputError("--event: at most " + Limits.MAX_SCENARIO_EVENTS + " events, was " + events.size());
        }
        List<ScenarioEvent> parsed = new ArrayList<>();
        for (String text : events) {
            Matcher m = EVENT.matcher(text);
            if (!m.matches()) {
                throw new InputError("--event: '" + text + "' is not kill:S@T, revive:S@T, weight:S=W@T or rate:R@T"
                        + " (e.g. kill:s2@3s)");
            }
            long atMs = DurationParser.millis(m.group(4), "--event '" + text + "'");
            String what = "--event '" + text + "': ";
            ServerId server = m.group(1).equals("rate") ? null : ServerId.of(m.group(2));
            parsed.add(
                    switch (m.group(1)) {
                        case "rate" ->
                            new ScenarioEvent(
                                    atMs, ScenarioEventType.SET_RATE, null, Inputs.rate(what + "rate", m.group(2)));
                        case "weight" ->
                            new ScenarioEvent(
                                    atMs,
                                    ScenarioEventType.SET_WEIGHT,
                                    server,
                                    Inputs.weight(what + "weight", Objects.requireNonNullElse(m.group(3), "")));
                        case "kill" -> new ScenarioEvent(atMs, ScenarioEventType.KILL, server);
                        default -> new ScenarioEvent(atMs, ScenarioEventType.REVIVE, server);
                    });
        }
        return parsed;
    }

    private void checkServer(Topology topology, ServerId id) {
        if (id != null && topology.server(id).isEmpty()) {
            throw new InputError("--event: no server '" + id.value() + "' in " + file);
        }
    }

    private Map<String, Object> report(
            Topology topology, String algorithmName, long durationMs, MetricsSnapshot s, List<LabEvent> history) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithm", algorithmName);
        out.put("durationMs", durationMs);
        out.put("seed", seed);
        out.put("clock", virtualTime ? "virtual" : "real");
        HealthCheckSpec check = topology.balancer().healthCheck();
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
                        check.schedule().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        out.put("sent", s.counts().sent());
        out.put("completed", s.counts().completed());
        out.put("failed", s.counts().failed());
        out.put("inFlight", s.counts().inFlight());
        out.put("retries", s.counts().retries());
        out.put("attempts", s.counts().attempts());
        Map<String, Object> perServer = new LinkedHashMap<>();
        s.perServer().forEach((id, m) -> perServer.put(id.value(), server(m)));
        if (s.cache() != null) {
            out.put("cache", cache(s.cache()));
        }
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
            } else if (e instanceof LabEvent.Unejected u) {
                ejections.add(row("server", u.server().value(), "action", "uneject", "atMs", u.nanos() / 1_000_000));
            }
        }
        out.put("healthTransitions", transitions);
        out.put("ejections", ejections);
        out.put("events", injected);
        return out;
    }

    /** A server's {@code completed, failed} and, if it has a cache, its {@code cache}. */
    private static Map<String, Object> server(ServerMetrics m) {
        Map<String, Object> row = row("completed", m.completed(), "failed", m.failed());
        if (m.cache() != null) {
            row.put("cache", cache(m.cache()));
        }
        return row;
    }

    /** {@code hits, misses, hitRatio} (rounded to 4 decimals). */
    private static Map<String, Object> cache(CacheCounts c) {
        return row("hits", c.hits(), "misses", c.misses(), "hitRatio", Math.round(c.hitRatio() * 10_000) / 10_000.0);
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
