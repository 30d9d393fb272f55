package dev.balancelab.engine;

import dev.balancelab.domain.ClientSpec;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's traffic: Poisson arrivals at the client's rate (requests/s of lab time), each from a user drawn from
 * the client's population, uniformly or, with a Zipf exponent, by popularity ({@link Zipf}: user 0 the hottest). User
 * {@code u} of client {@code c} has key {@code user-u} and source address {@code 10.c.(u/256).(u%256)}. Runs on the lab
 * scheduler; with a fixed seed the sequence of keys is the same every run. A client with a write proportion draws
 * whether each request writes from a stream of its own, so its arrivals and keys are those it would send without
 * writes.
 */
final class TrafficSource {
    private static final long IDLE_POLL_NANOS = 100_000_000L;
    /** Most arrivals emitted in one run; beyond it the backlog is dropped so the scheduler thread never starves. */
    private static final int MAX_BURST = 10_000;

    private final int index;
    private final ClientSpec spec;
    private final Random random;
    /** Draws whether a request writes, from a stream of its own; null when the client only reads. */
    private final SplittableRandom writes;
    /** Draws users by popularity; null when they are drawn uniformly. */
    private final Zipf popularity;

    private final LabScheduler scheduler;
    private final LabClock clock;
    private final FrontDoor front;
    private final AtomicLong ids;
    private volatile double ratePerSecond;
    private volatile boolean stopped;
    private long nextArrival;

    TrafficSource(
            int index,
            ClientSpec spec,
            long seed,
            LabScheduler scheduler,
            LabClock clock,
            FrontDoor front,
            AtomicLong ids) {
        this.index = index;
        this.spec = spec;
        this.random = new Random(seed);
        this.writes = spec.writeProportion() > 0 ? new SplittableRandom(seed * 7 + 3) : null;
        this.popularity = spec.zipfExponent() > 0 ? new Zipf(spec.users(), spec.zipfExponent()) : null;
        this.scheduler = scheduler;
        this.clock = clock;
        this.front = front;
        this.ids = ids;
        this.ratePerSecond = spec.ratePerSecond();
    }

    void start() {
        nextArrival = clock.labNanos();
        scheduler.at(nextArrival, this::arrive);
    }

    void stop() {
        stopped = true;
    }

    double rate() {
        return ratePerSecond;
    }

    void setRate(double perSecond) {
        this.ratePerSecond = perSecond;
    }

    private void arrive() {
        if (stopped) {
            return;
        }
        long now = clock.labNanos();
        double rate = ratePerSecond;
        if (rate <= 0) {
            nextArrival = now + IDLE_POLL_NANOS;
        } else {
            int burst = 0;
            while (nextArrival <= now && burst++ < MAX_BURST) {
                emit();
                nextArrival += (long) (-Math.log(1 - random.nextDouble()) / rate * 1e9);
            }
        }
        nextArrival = Math.max(nextArrival, now - IDLE_POLL_NANOS);
        scheduler.at(nextArrival, this::arrive);
    }

    /** Sends one request from a user drawn from this client's population. */
    void emit() {
        int user;
        boolean write;
        synchronized (random) {
            user = popularity == null ? random.nextInt(spec.users()) : popularity.sample(random) - 1;
            write = writes != null && writes.nextDouble() < spec.writeProportion();
        }
        String address = "10." + (index & 0xff) + "." + ((user >> 8) & 0xff) + "." + (user & 0xff);
        front.send(new RequestState(ids.incrementAndGet(), index, "user-" + user, address, clock.labNanos(), write));
    }
}
