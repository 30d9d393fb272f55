package dev.balancelab.perf;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.telemetry.LabEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Headless benchmark: how long the health check takes to mark a killed server DOWN, in lab ms (lab speed 1, so wall
 * ms), measured from the engine's own event times ({@code Injected} {@code CRASH} to {@code HealthChanged → DOWN}). Three
 * servers under 200 requests/s; interval 100 ms, timeout 50 ms, fall 3, rise 2. Servers are killed in turn, each after
 * a random pause of 0 to 1 interval (so kills fall at every phase of the heartbeat cycle), and each is revived and seen
 * UP again before the next kill.
 *
 * <p>A killed server refuses each heartbeat at once (as a dead process refuses connections), so a kill just after a
 * passed heartbeat is DOWN at the {@code fall}-th refused one: the worst case is {@code fall × interval}, the best
 * {@code (fall − 1) × interval}; {@code fall × interval + timeout}, the bound while refusals waited for the timeout, is
 * printed too.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.balancelab.perf.DetectionLatency [kills]} (default 100).
 */
public final class DetectionLatency {
    private static final HealthCheckSpec HEALTH = new HealthCheckSpec(100, 50, 3, 2);
    private static final long WAIT_NANOS = 5_000_000_000L;

    private DetectionLatency() {}

    /**
     * Runs the kills and prints min, median, p95 and max detection latency against the bound.
     *
     * @param args optional number of kills
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Topology topology = LabTopologies.of(3, 4, 50, ServiceTime.exponential(5), 200, HEALTH, 3);
        double[] ms = new double[kills];
        Random random = new Random(5);
        try (LabEngine engine = new LabEngine(topology, 11, 0)) {
            engine.start();
            Thread.sleep(500);
            for (int k = 0; k < kills; k++) {
                ServerId victim = topology.servers().get(k % 3).id();
                Thread.sleep(random.nextInt((int) HEALTH.intervalMs()));
                int seen = engine.history().size();
                engine.kill(victim);
                List<LabEvent> events = awaitState(engine, victim, HealthState.DOWN, seen);
                ms[k] = (timeOf(events, victim, HealthState.DOWN) - injectedAt(events, victim)) / 1e6;
                engine.revive(victim);
                awaitState(engine, victim, HealthState.UP, seen);
            }
        }
        Arrays.sort(ms);
        long bound = HEALTH.fall() * HEALTH.intervalMs();
        long withTimeout = bound + HEALTH.timeoutMs();
        long over = Arrays.stream(ms).filter(v -> v > bound).count();
        System.out.printf(
                "detection latency over %d kills (interval %d ms, timeout %d ms, fall %d): "
                        + "min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                kills,
                HEALTH.intervalMs(),
                HEALTH.timeoutMs(),
                HEALTH.fall(),
                ms[0],
                percentile(ms, 50),
                percentile(ms, 95),
                ms[kills - 1]);
        System.out.printf(
                "bound fall x interval = %d ms (fall x interval + timeout = %d ms); "
                        + "median/bound = %.2f, max/bound = %.2f, %d kills over the bound%n",
                bound, withTimeout, percentile(ms, 50) / bound, ms[kills - 1] / bound, over);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** Waits until {@code server} reached {@code state} after history index {@code from}; returns the new events. */
    private static List<LabEvent> awaitState(LabEngine engine, ServerId server, HealthState state, int from)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            List<LabEvent> history = engine.history();
            List<LabEvent> recent = history.subList(from, history.size());
            if (timeOf(recent, server, state) >= 0) {
                return recent;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(server + " did not become " + state + " within 5 s: " + recent);
            }
            Thread.sleep(2);
        }
    }

    /** Lab time of the first transition of {@code server} to {@code state} in {@code events}, or -1. */
    private static long timeOf(List<LabEvent> events, ServerId server, HealthState state) {
        for (LabEvent e : events) {
            if (e instanceof LabEvent.HealthChanged h && h.server().equals(server) && h.to() == state) {
                return h.nanos();
            }
        }
        return -1;
    }

    private static long injectedAt(List<LabEvent> events, ServerId server) {
        for (LabEvent e : events) {
            if (e instanceof LabEvent.Injected i && i.server().equals(server) && i.kind() == FailureKind.CRASH) {
                return i.nanos();
            }
        }
        throw new IllegalStateException("no kill event for " + server);
    }
}
