package dev.balancelab.cli;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.HeadlessRun;
import dev.balancelab.io.JsonOutput;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.LatencyRecorder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare FILE --algorithms a,b,c}: runs one topology in virtual time once per algorithm on identical traffic
 * (the same arrival times, keys, scenario and {@code --event}s: see {@link HeadlessRun}) and prints each run's summary
 * as {@code run --json} does, in {@code {"runs": [{"algorithm": …}, …]}}.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Run one topology through several algorithms on identical traffic (virtual time) and print"
                + " each run's figures.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LabFile file;

    @Mixin
    private TrafficOptions traffic;

    @Option(
            names = "--algorithms",
            required = true,
            paramLabel = "A,B,…",
            description = "Comma-separated algorithms, each at most once: ${COMPLETION-CANDIDATES}.",
            completionCandidates = AlgorithmIds.class)
    private String algorithms;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        long durationMs = traffic.durationMs();
        Double totalRate = traffic.totalRate();
        List<ScenarioEvent> extra = traffic.events();
        List<AlgorithmKind> kinds = kinds();
        Topology topology = file.loadSimulated();
        TrafficOptions.checkServers(extra, topology, file.name());
        List<Map<String, Object>> runs = new ArrayList<>();
        List<HeadlessRun.Result> results = new ArrayList<>();
        for (AlgorithmKind kind : kinds) {
            Topology variant = topology.withBalancer(topology.balancer().withAlgorithm(kind));
            HeadlessRun run = new HeadlessRun(variant, traffic.seed(), true, totalRate, extra, durationMs);
            HeadlessRun.Result result = run.run();
            results.add(result);
            runs.add(RunReport.of(run, result));
        }
        spec.commandLine().getOut().println(json ? JsonOutput.toJson(Map.of("runs", runs)) : table(results));
        return 0;
    }

    private List<AlgorithmKind> kinds() {
        LinkedHashSet<AlgorithmKind> kinds = new LinkedHashSet<>();
        for (String id : Inputs.commaList("--algorithms", algorithms)) {
            if (!kinds.add(Inputs.algorithm(id).kind())) {
                throw new InputError("--algorithms: '" + id + "' given twice");
            }
        }
        return List.copyOf(kinds);
    }

    /** One line per run: algorithm, sent, failed, retries, p50/p95/p99, fairness, keys moved of keys seen. */
    private static String table(List<HeadlessRun.Result> results) {
        String format = "%-28s %8s %7s %7s %8s %8s %8s %8s %11s%n";
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                format,
                "algorithm",
                "sent",
                "failed",
                "retries",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max/mean",
                "keys moved"));
        for (HeadlessRun.Result r : results) {
            Accounting.Counts c = r.snapshot().counts();
            LatencyRecorder.Percentiles p = r.snapshot().latency();
            sb.append(String.format(
                    Locale.ROOT,
                    format,
                    r.algorithm(),
                    c.sent(),
                    c.failed(),
                    c.retries(),
                    one(p.p50Ms()),
                    one(p.p95Ms()),
                    one(p.p99Ms()),
                    String.format(
                            Locale.ROOT, "%.3f", KeyTally.fairness(r.snapshot().perServer())),
                    r.keys().moved() + "/" + r.keys().keys()));
        }
        return sb.toString().stripTrailing();
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
