package dev.balancelab.engine;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.perf.LabTopologies;
import dev.balancelab.telemetry.Accounting;
import java.util.Arrays;
import java.util.Locale;

/**
 * Headless benchmark: are timers on time at the lab's highest rate? Four servers under 50,000 requests/s (1 ms
 * exponential service, 3 attempts, per-try timeout 100 ms, backoff 1-5 ms, no retry budget), s1 killed and revived in turn every
 * 200 ms, so three servers always survive. A probe timer is due every lab ms; its lateness is the lab time at which
 * its body ran minus the time it was due. Rounds alternate the {@link LegacyScheduler} (the scheduler before the fix:
 * one thread, one lock, runs every task itself, cancelled timeouts stay queued) with the {@link RealTimeScheduler},
 * on the same engine and topology, after one warm-up round each; medians over rounds are compared.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.balancelab.engine.TimerLateness [seconds [rounds [rate]]]}
 * (defaults 5, 3 and 50,000).
 */
public final class TimerLateness {
    private TimerLateness() {}

    /** One round's figures. */
    private record Result(double p50Ms, double p99Ms, double maxMs, Accounting.Counts counts) {}

    /**
     * Runs the rounds and prints each, the medians and their ratios (after / before).
     *
     * @param args optional seconds per round, rounds and rate
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 50_000;
        System.out.printf(
                Locale.ROOT,
                "timer lateness: %.0f requests/s, kill/revive s1 every 200 ms, %d s per round, %d rounds%n",
                rate,
                seconds,
                rounds);
        measure(true, seconds, rate);
        measure(false, seconds, rate);
        Result[] before = new Result[rounds];
        Result[] after = new Result[rounds];
        for (int r = 0; r < rounds; r++) {
            before[r] = print("before", measure(true, seconds, rate));
            after[r] = print("after ", measure(false, seconds, rate));
        }
        System.out.printf(
                Locale.ROOT,
                "median ratio after/before: p50 %.3f, p99 %.3f, max %.3f, failed requests %.3f%n",
                median(after, Result::p50Ms) / median(before, Result::p50Ms),
                median(after, Result::p99Ms) / median(before, Result::p99Ms),
                median(after, Result::maxMs) / median(before, Result::maxMs),
                median(after, x -> x.counts().failed())
                        / Math.max(1, median(before, x -> x.counts().failed())));
    }

    private static Result measure(boolean legacy, int seconds, double rate) throws InterruptedException {
        LabClock clock = LabClock.system();
        LabScheduler scheduler = legacy ? new LegacyScheduler(clock) : new RealTimeScheduler(clock, 2);
        var runtime = new LabRuntime.Parts(clock, scheduler, ControlPlane.onOwnThread());
        long[] late = new long[seconds * 1_000];
        try (LabEngine engine = new LabEngine(topology(rate), 1, 0, runtime)) {
            for (int t = 200; t < seconds * 1_000; t += 200) {
                var type = t % 400 == 200 ? ScenarioEventType.KILL : ScenarioEventType.REVIVE;
                engine.schedule(new ScenarioEvent(t, type, ServerId.of("s1")));
            }
            for (int i = 0; i < late.length; i++) {
                long due = (i + 1) * 1_000_000L;
                int index = i;
                scheduler.at(due, () -> late[index] = clock.labNanos() - due);
            }
            engine.start();
            Thread.sleep(seconds * 1_000L + 200);
            engine.stopTraffic();
            engine.revive(ServerId.of("s1"));
            engine.awaitDrained(30_000);
            Arrays.sort(late);
            return new Result(
                    late[late.length / 2] / 1e6,
                    late[(int) (late.length * 0.99)] / 1e6,
                    late[late.length - 1] / 1e6,
                    engine.snapshot().counts());
        }
    }

    private static Topology topology(double rate) {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN,
                AlgorithmParams.DEFAULT,
                new HealthCheckSpec(100, 50, 3, 2),
                new RetrySpec(3, 100, 1, 5, 0, 0),
                OutlierDetectionSpec.OFF);
        return LabTopologies.of(4, 32, 1_000, ServiceTime.exponential(1), rate, balancer);
    }

    private static Result print(String label, Result r) {
        Accounting.Counts c = r.counts();
        System.out.printf(
                Locale.ROOT,
                "%s  lateness p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms | sent %,d failed %,d retries %,d denied %,d"
                        + " timeouts %,d balanced %b%n",
                label,
                r.p50Ms(),
                r.p99Ms(),
                r.maxMs(),
                c.sent(),
                c.failed(),
                c.retries(),
                c.retriesDenied(),
                c.timeouts(),
                c.balanced());
        return r;
    }

    private static double median(Result[] results, java.util.function.ToDoubleFunction<Result> f) {
        double[] v = Arrays.stream(results).mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }
}
