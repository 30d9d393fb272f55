package dev.balancelab.perf;

import java.time.Duration;

/**
 * Headless soak: {@link Soak} at 5,000 requests/s with a kill or a revive every 5 s, heap after GC and live threads
 * sampled every minute. Exits 1 if the accounting invariant broke or heap or threads grew.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.balancelab.perf.SoakMain [minutes [sampleSeconds]]}
 * (defaults 30 and 60).
 */
public final class SoakMain {
    private SoakMain() {}

    /**
     * Runs the soak and prints every sample and the verdict.
     *
     * @param args optional length in minutes and sample period in seconds
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        long sampleSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        var settings = new Soak.Settings(
                Duration.ofSeconds((long) (minutes * 60)),
                Duration.ofSeconds(sampleSeconds),
                Duration.ofSeconds(5),
                5_000);
        System.out.println("soak: " + settings);
        Soak.Report report = Soak.run(settings, System.out::println);
        var first = report.samples().isEmpty() ? null : report.samples().get(0);
        var last = report.samples().isEmpty()
                ? null
                : report.samples().get(report.samples().size() - 1);
        System.out.printf(
                "end %s after draining; %d invariant checks, %d failed%n",
                report.end(), report.invariantChecks(), report.violations().size());
        System.out.printf(
                "heap after GC first %s, last %s; threads before %d, expected at most %d, after close %d%n",
                first, last, report.threadsBefore(), report.threadsExpected(), report.threadsAfter());
        var problems = report.problems();
        System.out.println(problems.isEmpty() ? "PASS" : "FAIL " + problems);
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
