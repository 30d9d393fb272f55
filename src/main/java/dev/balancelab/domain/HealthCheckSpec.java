package dev.balancelab.domain;

import java.util.Objects;

/**
 * Active health check settings, with HAProxy's semantics ({@code inter}, {@code timeout check}, {@code fall},
 * {@code rise}): a server is marked DOWN after {@code fall} consecutive failed heartbeats and UP again after
 * {@code rise} consecutive successful ones. A heartbeat fails when it is refused (a crashed server, at once) or not
 * answered within the timeout (a hung one).
 *
 * @param intervalMs time between two heartbeats to one server, in ms at lab speed 1×, &gt; 0
 * @param timeoutMs how long a heartbeat may take before it counts as failed, in ms, &gt; 0
 * @param fall consecutive failures that mark a server DOWN, &gt;= 1
 * @param rise consecutive successes that mark a DOWN server UP, &gt;= 1
 * @param schedule when the next heartbeat is sent: at a fixed rate, or {@code interval} after the previous one ended
 *     (HAProxy's), not null
 * @param model who starts a heartbeat: the balancer ({@link HealthModel#ACTIVE}, everything above) or each server
 *     ({@link HealthModel#PUSH}: it sends one every {@code interval}, and only {@code ttlMs} applies besides), not null
 * @param ttlMs under {@link HealthModel#PUSH}, how long the monitor waits for a heartbeat before it declares the server
 *     failed (ZooKeeper session timeout, Consul check {@code TTL}), in ms, &gt; 0
 */
public record HealthCheckSpec(
        long intervalMs, long timeoutMs, int fall, int rise, CheckSchedule schedule, HealthModel model, long ttlMs) {
    /**
     * The push model's default TTL: three heartbeat intervals, as a ZooKeeper client pings every third of its timeout.
     */
    public static final long DEFAULT_TTL_MS = 3000;

    /** HAProxy-like defaults: every 1000 ms, 500 ms timeout, fall 3, rise 2, at a fixed rate; active checks. */
    public static final HealthCheckSpec DEFAULT = new HealthCheckSpec(1000, 500, 3, 2);

    /**
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if {@code schedule} is null
     */
    public HealthCheckSpec {
        Checks.positive("intervalMs", intervalMs);
        Checks.positive("timeoutMs", timeoutMs);
        Checks.positive("fall", fall);
        Checks.positive("rise", rise);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(model, "model");
        Checks.positive("ttlMs", ttlMs);
    }

    /** Misses in a row that mark a server DOWN: {@code fall} for active checks, 1 (one expired TTL) for push. */
    public int fallThreshold() {
        return model == HealthModel.PUSH ? 1 : fall;
    }

    /** Good heartbeats in a row that bring a DOWN server UP: {@code rise} for active checks, 1 for push. */
    public int riseThreshold() {
        return model == HealthModel.PUSH ? 1 : rise;
    }

    /** Active checks ({@link HealthModel#ACTIVE}) on {@code schedule}. */
    public HealthCheckSpec(long intervalMs, long timeoutMs, int fall, int rise, CheckSchedule schedule) {
        this(intervalMs, timeoutMs, fall, rise, schedule, HealthModel.ACTIVE, DEFAULT_TTL_MS);
    }

    /** Checks at a fixed rate ({@link CheckSchedule#FIXED_RATE}). */
    public HealthCheckSpec(long intervalMs, long timeoutMs, int fall, int rise) {
        this(intervalMs, timeoutMs, fall, rise, CheckSchedule.FIXED_RATE);
    }

    /** A copy with another {@code intervalMs}, checked as the constructor checks it. */
    public HealthCheckSpec withIntervalMs(long value) {
        return new HealthCheckSpec(value, timeoutMs, fall, rise, schedule, model, ttlMs);
    }

    /** A copy with another {@code timeoutMs}, checked as the constructor checks it. */
    public HealthCheckSpec withTimeoutMs(long value) {
        return new HealthCheckSpec(intervalMs, value, fall, rise, schedule, model, ttlMs);
    }

    /** A copy with another {@code fall}, checked as the constructor checks it. */
    public HealthCheckSpec withFall(int value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, value, rise, schedule, model, ttlMs);
    }

    /** A copy with another {@code rise}, checked as the constructor checks it. */
    public HealthCheckSpec withRise(int value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, fall, value, schedule, model, ttlMs);
    }

    /** A copy with another {@code schedule}, checked as the constructor checks it. */
    public HealthCheckSpec withSchedule(CheckSchedule value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, fall, rise, value, model, ttlMs);
    }

    /** A copy with another {@code model}, checked as the constructor checks it. */
    public HealthCheckSpec withModel(HealthModel value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, fall, rise, schedule, value, ttlMs);
    }

    /** A copy with another {@code ttlMs}, checked as the constructor checks it. */
    public HealthCheckSpec withTtlMs(long value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, fall, rise, schedule, model, value);
    }
}
