package dev.balancelab.health;

import static dev.balancelab.domain.HealthState.DOWN;
import static dev.balancelab.domain.HealthState.SUSPECT;
import static dev.balancelab.domain.HealthState.UP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthStateMachineTest {
    /** Fall 3, rise 2, as HAProxy's defaults are fall 3 / rise 2. */
    private final HealthStateMachine machine = new HealthStateMachine(new HealthCheckSpec(1000, 500, 3, 2));

    private List<HealthState> feed(String results) {
        List<HealthState> states = new ArrayList<>();
        for (char c : results.toCharArray()) {
            states.add(machine.onHeartbeat(c == '+'));
        }
        return states;
    }

    @Test
    void startsUpAndFallsAfterExactlyFallFailures() {
        assertEquals(UP, machine.state());
        assertEquals(List.of(UP, SUSPECT, SUSPECT, DOWN, DOWN), feed("+----"));
        assertEquals(4, machine.consecutiveFailures());
    }

    @Test
    void aSuccessBeforeTheFallThresholdClearsSuspicion() {
        assertEquals(List.of(SUSPECT, SUSPECT, UP, SUSPECT, SUSPECT, DOWN), feed("--+---"));
    }

    @Test
    void risesOnlyAfterRiseConsecutiveSuccesses() {
        feed("---");
        assertEquals(List.of(DOWN, DOWN, DOWN, UP), feed("+-++"));
        assertEquals(0, machine.consecutiveFailures());
    }
}
