package dev.balancelab.cli;

import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.KnobViolation;
import dev.balancelab.domain.LocalizedText;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.HeadlessRun;
import dev.balancelab.io.ChallengeKnobs;
import dev.balancelab.io.JsonOutput;
import dev.balancelab.telemetry.ChallengeVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE}: runs a lesson's challenge headless in virtual time (its seed, duration and the file's scenario)
 * and prints each bound with the measured figure. Exit code 0 when every bound holds, 1 when one does not, 2 on bad
 * input: a file without a challenge, or a copy of a bundled challenge that changed a field outside the challenge's
 * knobs ({@link ChallengeKnobs}: the line names the field).
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Run a lesson's challenge (virtual time) and print pass or fail with the measured figures;"
                + " exit 0 on pass, 1 on fail, 2 on bad input (a bundled challenge changed outside its knobs"
                + " included).")
final class CheckCommand implements Callable<Integer> {
    /** Exit code of a challenge that was not met. */
    static final int EXIT_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LabFile file;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        Topology topology = file.loadSimulated();
        Challenge challenge = topology.lesson()
                .challengeIfAny()
                .orElseThrow(() -> new InputError(file.name() + ": challenge: missing (this lesson has no challenge)"));
        Optional<KnobViolation> violation = ChallengeKnobs.bundledOriginal(topology)
                .flatMap(original -> ChallengeKnobs.violation(original, topology));
        if (violation.isPresent()) {
            throw new InputError(file.name() + ": " + ChallengeKnobs.describe(violation.get(), challenge.knobs()));
        }
        ChallengeVerdict verdict = HeadlessRun.check(topology, challenge);
        spec.commandLine()
                .getOut()
                .println(json ? JsonOutput.toJson(report(challenge, verdict)) : text(challenge, verdict));
        return verdict.passed() ? 0 : EXIT_FAILED;
    }

    private static Map<String, Object> report(Challenge challenge, ChallengeVerdict verdict) {
        List<Object> checks = new ArrayList<>();
        for (ChallengeVerdict.Line line : verdict.lines()) {
            checks.add(RunReport.row(
                    "metric",
                    metric(line),
                    "max",
                    line.bound().max(),
                    "measured",
                    Double.isNaN(line.measured()) ? null : line.measured(),
                    "passed",
                    line.passed()));
        }
        return RunReport.row(
                "goal",
                challenge.goal().in(LocalizedText.ENGLISH),
                "durationMs",
                challenge.durationMs(),
                "seed",
                challenge.seed(),
                "passed",
                verdict.passed(),
                "checks",
                checks);
    }

    private static String text(Challenge challenge, ChallengeVerdict verdict) {
        StringBuilder sb = new StringBuilder("challenge: ")
                .append(challenge.goal().in(LocalizedText.ENGLISH))
                .append('\n');
        for (ChallengeVerdict.Line line : verdict.lines()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-20s %10.3f <= %-10s %s%n",
                    metric(line),
                    line.measured(),
                    RunReport.plain(line.bound().max()),
                    line.passed() ? "pass" : "FAIL"));
        }
        return sb.append(verdict.passed() ? "PASS" : "FAIL").toString();
    }

    private static String metric(ChallengeVerdict.Line line) {
        return line.bound().metric().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
