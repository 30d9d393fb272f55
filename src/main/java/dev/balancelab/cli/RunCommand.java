package dev.balancelab.cli;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.HeadlessRun;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.io.JsonOutput;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    @Spec
    private CommandSpec spec;

    @Mixin
    private LabFile file;

    @Mixin
    private TrafficOptions traffic;

    @Mixin
    private AlgorithmOverride algorithm;

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
        long durationMs = traffic.durationMs();
        Double totalRate = traffic.totalRate();
        List<ScenarioEvent> extra = traffic.events();
        Topology topology = algorithm.applyTo(file::loadSimulated);
        TrafficOptions.checkServers(extra, topology, file.name());
        HeadlessRun run = new HeadlessRun(topology, traffic.seed(), virtualTime, totalRate, extra, durationMs);
        Map<String, Object> result = RunReport.of(run, run.run());
        spec.commandLine().getOut().println(json ? JsonOutput.toJson(result) : RunReport.text(result));
        return 0;
    }
}
