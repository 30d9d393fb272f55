package dev.balancelab.perf;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.telemetry.Accounting;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Headless soak of the real engine: constant traffic, a scripted kill/revive cycle, the accounting invariant checked
 * every 20 ms, and heap-after-GC and live threads sampled periodically. Used by {@code SoakSmokeTest} (short, in
 * {@code mvn verify}) and by the {@code SoakMain} benchmark (30 minutes).
 */
final class Soak {
    /** Servers in the soak topology. */
    static final int SERVERS = 4;
    /** Worker threads per server. */
    static final int WORKERS = 8;

    private static final long INVARIANT_CHECK_MS = 20;
    private static final long HEAP_SLACK_BYTES = 16L << 20;

    private Soak() {}

    /**
     * What to run.
     *
     * @param length how long traffic runs
     * @param samplePeriod time between two heap/thread samples
     * @param faultPeriod time between a kill and the next revive, and between a revive and the next kill
     * @param ratePerSecond offered load, requests/s
     */
    record Settings(Duration length, Duration samplePeriod, Duration faultPeriod, double ratePerSecond) {}

    /**
     * One periodic sample.
     *
     * @param elapsedMs time since traffic started, ms
     * @param heapAfterGcBytes heap in use right after {@link System#gc()}, bytes
     * @param liveThreads live platform threads in the JVM
     * @param counts request accounting at that moment
     */
    record Sample(long elapsedMs, long heapAfterGcBytes, int liveThreads, Accounting.Counts counts) {
        @Override
        public String toString() {
            return String.format(
                    "t=%4ds heap=%6.1f MiB threads=%3d %s",
                    elapsedMs / 1000, heapAfterGcBytes / 1048576.0, liveThreads, counts);
        }
    }

    /**
     * What a soak run saw.
     *
     * @param threadsBefore live threads before the engine was built
     * @param threadsExpected {@code threadsBefore} plus the engine's own threads with every server alive
     * @param samples periodic samples, oldest first
     * @param invariantChecks how many times {@code sent = completed + failed + inFlight} was checked
     * @param violations the counts of every failed check (empty when the invariant held throughout)
     * @param drained whether every request ended after traffic stopped
     * @param end the counts after draining
     * @param threadsAfter live threads after the engine was closed
     */
    record Report(
            int threadsBefore,
            int threadsExpected,
            List<Sample> samples,
            long invariantChecks,
            List<Accounting.Counts> violations,
            boolean drained,
            Accounting.Counts end,
            int threadsAfter) {
        /** Everything that is wrong with this run, one line each; empty for a clean run. */
        List<String> problems() {
            List<String> p = new ArrayList<>();
            if (!violations.isEmpty()) {
                p.add(violations.size() + " of " + invariantChecks + " invariant checks failed, first "
                        + violations.get(0));
            }
            if (!drained || !end.balanced() || end.inFlight() != 0) {
                p.add("did not drain to a balanced end: " + end);
            }
            if (samples.size() < 2) {
                p.add("too few samples: " + samples.size());
                return p;
            }
            Sample first = samples.get(0);
            Sample last = samples.get(samples.size() - 1);
            if (last.heapAfterGcBytes > 1.5 * first.heapAfterGcBytes + HEAP_SLACK_BYTES) {
                p.add("heap grew: first " + first + ", last " + last);
            }
            for (Sample s : samples) {
                if (s.liveThreads > threadsExpected + WORKERS) {
                    p.add("more threads than the topology needs (" + threadsExpected + "): " + s);
                }
            }
            if (threadsAfter > threadsBefore) {
                p.add("threads left after close: " + threadsBefore + " before, " + threadsAfter + " after");
            }
            return p;
        }
    }

    /**
     * Runs a soak: {@value #SERVERS} servers of {@value #WORKERS} workers, exponential 2 ms service time, round robin,
     * 3 attempts, health check every 200 ms (timeout 100 ms, fall 3, rise 2). Servers are killed and revived in turn.
     *
     * @param settings what to run
     * @param log receives each sample as it is taken
     * @return what the run saw
     * @throws InterruptedException if interrupted
     */
    static Report run(Settings settings, Consumer<Sample> log) throws InterruptedException {
        Topology topology = LabTopologies.of(
                SERVERS,
                WORKERS,
                100,
                ServiceTime.exponential(2),
                settings.ratePerSecond(),
                new HealthCheckSpec(200, 100, 3, 2),
                3);
        int threadsBefore = liveThreads();
        int threadsExpected = threadsBefore + SERVERS * (WORKERS + 1) + 2;
        List<Sample> samples = new ArrayList<>();
        List<Accounting.Counts> violations = new ArrayList<>();
        long checks = 0;
        boolean drained;
        Accounting.Counts end;
        try (LabEngine engine = new LabEngine(topology, 42, 0)) {
            engine.start();
            long start = System.nanoTime();
            long stop = start + settings.length().toNanos();
            long nextSample = start + settings.samplePeriod().toNanos();
            long nextFault = start + settings.faultPeriod().toNanos();
            int victim = 0;
            boolean down = false;
            for (long now = start; now < stop; now = System.nanoTime()) {
                Accounting.Counts c = engine.snapshot().counts();
                checks++;
                if (!c.balanced()) {
                    violations.add(c);
                }
                if (now >= nextFault) {
                    ServerId id = topology.servers().get(victim).id();
                    if (down) {
                        engine.revive(id);
                        victim = (victim + 1) % SERVERS;
                    } else {
                        engine.kill(id);
                    }
                    down = !down;
                    nextFault += settings.faultPeriod().toNanos();
                }
                if (now >= nextSample) {
                    Sample s =
                            sample((now - start) / 1_000_000, engine.snapshot().counts());
                    samples.add(s);
                    log.accept(s);
                    nextSample += settings.samplePeriod().toNanos();
                }
                Thread.sleep(INVARIANT_CHECK_MS);
            }
            if (down) {
                engine.revive(topology.servers().get(victim).id());
            }
            engine.stopTraffic();
            drained = engine.awaitDrained(10_000);
            end = engine.snapshot().counts();
        }
        return new Report(
                threadsBefore,
                threadsExpected,
                samples,
                checks,
                violations,
                drained,
                end,
                threadsAfterClose(threadsBefore));
    }

    private static Sample sample(long elapsedMs, Accounting.Counts counts) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(elapsedMs, heap, liveThreads(), counts);
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Live threads once the engine's have ended: waits up to 2 s for exiting pool threads. */
    private static int threadsAfterClose(int threadsBefore) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (liveThreads() > threadsBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return liveThreads();
    }
}
