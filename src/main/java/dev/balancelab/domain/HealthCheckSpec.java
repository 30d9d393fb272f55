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
 */
public record HealthCheckSpec(long intervalMs, long timeoutMs, int fall, int rise, CheckSchedule schedule) {
    /** HAProxy-like defaults: every 1000 ms, 500 ms timeout, fall 3, rise 2, at a fixed rate. */
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
    }

    /** Checks at a fixed rate ({@link CheckSchedule#FIXED_RATE}). */
    public HealthCheckSpec(long intervalMs, long timeoutMs, int fall, int rise) {
        this(intervalMs, timeoutMs, fall, rise, CheckSchedule.FIXED_RATE);
    }

    /** A copy with another {@code intervalMs}, checked as the constructor checks it. */
    public HealthCheckSpec withIntervalMs(long value) {
        return new HealthCheckSpec(value, timeoutMs, fall, rise, schedule);
    }

    /** A copy with another {@code timeoutMs}, checked as the constructor checks it. */
    public HealthCheckSpec withTimeoutMs(long value) {
        return new HealthCheckSpec(intervalMs, value, fall, rise, schedule);
    }

    /** A copy with another {@code fall}, checked as the constructor checks it. */
    public HealthCheckSpec withFall(int value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, value, rise, schedule);
    }

    /** A copy with another {@code rise}, checked as the constructor checks it. */
    public HealthCheckSpec withRise(int value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, fall, value, schedule);
    }

    /** A copy with another {@code schedule}, checked as the constructor checks it. */
    public HealthCheckSpec withSchedule(CheckSchedule value) {
        return new HealthCheckSpec(intervalMs, timeoutMs, fall, rise, value);
    }
}
