package dev.balancelab.perf;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.engine.VirtualScheduler;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * Headless benchmark (issue 14): VIP failover time over repeated kills of the VRRP MASTER, against RFC 5798 §6.1. Two
 * balancers share a VIP, lb1 priority 150 (MASTER), lb2 priority 100, preempt on, advert interval {@code A}. lb1 is
 * killed after a random pause of 0 to 1 advert interval (so kills hit every phase of the advert cycle); the failover
 * time is the lab time from the engine's {@code BalancerChanged} (lb1 dead) to its {@code VipMoved} (lb1 → lb2). lb1 is
 * then revived and takes the VIP back (preempt) before the next kill.
 *
 * <p>The formula: lb2 takes the VIP one master-down interval {@code 3A + (256 − 100)/256 × A} after the last advert it
 * heard, so a failover lies in {@code (MDI − A, MDI]} and its expected time is the MDI minus the kill's phase in the
 * advert cycle. Printed per run: min, median, max of the failover, and of its lateness against that prediction (lab
 * time of the move minus the last advert's lab time plus the MDI). In virtual time the lateness is 0 by construction
 * of the clock; in real time it is what the scheduler and control plane add under load.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.balancelab.perf.VipFailover [kills [advertMs]]} (50, 100).
 */
public final class VipFailover {
    private static final long WAIT_NANOS = 10_000_000_000L;

    private VipFailover() {}

    /**
     * Runs the kills in virtual time and in real time and prints both against the formula.
     *
     * @param args optional number of kills and advert interval in ms
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long advertMs = args.length > 1 ? Long.parseLong(args[1]) : 100;
        VipSpec vip = new VipSpec(
                "10.0.0.100", List.of(new VrrpMember("lb1", 150), new VrrpMember("lb2", 100)), advertMs, true);
        Topology topology = topology(vip);
        double mdi = vip.masterDownNanos(100) / 1e6;
        System.out.printf(
                "VIP failover over %d kills of the MASTER, advert %d ms: master-down interval of lb2 (priority 100) "
                        + "= 3 x %d + (256 - 100)/256 x %d = %.3f ms; failover must lie in (%.3f, %.3f] ms%n",
                kills, advertMs, advertMs, advertMs, mdi, mdi - advertMs, mdi);
        VirtualScheduler time = new VirtualScheduler();
        try (LabEngine engine = LabEngine.virtualTime(topology, 11, 1 << 16, time)) {
            report("virtual time", run(engine, kills, advertMs, time::advanceBy, mdi), mdi, advertMs);
        }
        try (LabEngine engine = LabEngine.realTime(topology, 11, 1 << 16)) {
            report("real time   ", run(engine, kills, advertMs, VipFailover::sleep, mdi), mdi, advertMs);
        }
    }

    private static Topology topology(VipSpec vip) {
        Topology t = LabTopologies.of(3, 4, 50, ServiceTime.exponential(5), 50, HealthCheckSpec.DEFAULT, 2);
        var lb1 = new BalancerInstance("lb1", "", t.balancer());
        var lb2 = new BalancerInstance("lb2", "", t.balancer());
        return t.withFront(t.front().withBalancers(List.of(lb1, lb2)).withVip(vip));
    }

    /** Failover and lateness in ms of each kill: {@code [0]} failovers, {@code [1]} lateness. */
    private static double[][] run(LabEngine engine, int kills, long advertMs, LongConsumer wait, double mdi) {
        double[][] out = new double[2][kills];
        Random random = new Random(5);
        List<LabEvent> events = new ArrayList<>();
        engine.start();
        wait.accept(500);
        collect(engine, events);
        events.removeIf(e -> e instanceof LabEvent.VipMoved); // lb1 took the VIP at the start
        for (int k = 0; k < kills; k++) {
            wait.accept(random.nextInt((int) advertMs));
            engine.kill(ServerId.of("lb1"));
            LabEvent.VipMoved away = await(engine, events, "lb2", wait);
            long killed = events.stream()
                    .filter(e -> e instanceof LabEvent.BalancerChanged b && !b.alive())
                    .mapToLong(LabEvent::nanos)
                    .max()
                    .orElseThrow();
            long lastAdvert = events.stream()
                    .filter(e -> e instanceof LabEvent.VrrpAdvert a && a.from().equals("lb1") && a.nanos() <= killed)
                    .mapToLong(LabEvent::nanos)
                    .max()
                    .orElseThrow();
            out[0][k] = (away.nanos() - killed) / 1e6;
            out[1][k] = (away.nanos() - lastAdvert) / 1e6 - mdi;
            engine.revive(ServerId.of("lb1"));
            await(engine, events, "lb1", wait);
        }
        return out;
    }

    /**
     * Waits until the VIP moves to {@code to}, collecting the engine's VRRP and balancer events into {@code events};
     * the move found is taken out of them.
     */
    private static LabEvent.VipMoved await(LabEngine engine, List<LabEvent> events, String to, LongConsumer wait) {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            wait.accept(1);
            collect(engine, events);
            for (LabEvent e : events) {
                if (e instanceof LabEvent.VipMoved m && m.to().equals(to)) {
                    events.remove(e);
                    return m;
                }
            }
        }
        throw new IllegalStateException("the VIP did not move to " + to + " within 10 s");
    }

    /** Adds the engine's queued VRRP and balancer events to {@code events}. */
    private static void collect(LabEngine engine, List<LabEvent> events) {
        engine.events()
                .drain(
                        e -> {
                            if (e instanceof LabEvent.VrrpAdvert
                                    || e instanceof LabEvent.BalancerChanged
                                    || e instanceof LabEvent.VipMoved) {
                                events.add(e);
                            }
                        },
                        Integer.MAX_VALUE);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void report(String clock, double[][] runs, double mdi, long advertMs) {
        double[] failover = runs[0].clone();
        double[] late = runs[1].clone();
        Arrays.sort(failover);
        Arrays.sort(late);
        long outside = Arrays.stream(failover)
                .filter(f -> f <= mdi - advertMs || f > mdi + 1e-9)
                .count();
        System.out.printf(
                "%s: failover min %.3f, median %.3f, mean %.3f, max %.3f ms (%d outside the formula's range); "
                        + "lateness vs last advert + MDI: min %.3f, median %.3f, max %.3f ms%n",
                clock,
                failover[0],
                failover[failover.length / 2],
                Arrays.stream(failover).average().orElse(0),
                failover[failover.length - 1],
                outside,
                late[0],
                late[late.length / 2],
                late[late.length - 1]);
    }
}
