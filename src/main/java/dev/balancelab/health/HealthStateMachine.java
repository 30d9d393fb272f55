package dev.balancelab.health;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import java.util.Objects;

/**
 * Fall/rise threshold logic of an active health check for one server, with HAProxy's semantics
 * ({@code fall N}: N consecutive failed checks mark the server DOWN; {@code rise N}: N consecutive successful checks
 * mark it UP again). Under push heartbeats ({@link dev.balancelab.domain.HealthModel#PUSH}) one expired TTL marks it
 * DOWN and one heartbeat UP again, as a Consul TTL check turns critical and passing. A server starts UP. Not
 * thread-safe: used by the serial control plane only.
 */
public final class HealthStateMachine {
    private final HealthCheckSpec spec;
    private HealthState state = HealthState.UP;
    private int consecutiveFailures;
    private int consecutiveSuccesses;

    /** @param spec the fall and rise thresholds */
    public HealthStateMachine(HealthCheckSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Applies one heartbeat result.
     *
     * @param success whether the heartbeat answered within the timeout
     * @return the state after it (compare with {@link #state()} before the call to see a transition)
     */
    public HealthState onHeartbeat(boolean success) {
        if (success) {
            consecutiveFailures = 0;
            consecutiveSuccesses++;
            if (state == HealthState.SUSPECT
                    || (state == HealthState.DOWN && consecutiveSuccesses >= spec.riseThreshold())) {
                state = HealthState.UP;
            }
        } else {
            consecutiveSuccesses = 0;
            consecutiveFailures++;
            if (state != HealthState.DOWN) {
                state = consecutiveFailures >= spec.fallThreshold() ? HealthState.DOWN : HealthState.SUSPECT;
            }
        }
        return state;
    }

    /** The current state. */
    public HealthState state() {
        return state;
    }

    /** Failed heartbeats in a row, 0 after a success. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Successful heartbeats in a row, 0 after a failure. */
    public int consecutiveSuccesses() {
        return consecutiveSuccesses;
    }
}
