package dev.balancelab.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlowStartTest {
    @ParameterizedTest(name = "weight {0}, {1} ms of {2} -> {3}")
    @CsvSource({
        "10, 0, 1000, 1",
        "10, -5, 1000, 1",
        "10, 250, 1000, 3",
        "10, 500, 1000, 5",
        "10, 999, 1000, 10",
        "10, 1000, 1000, 10",
        "10, 5000, 1000, 10",
        "3, 100, 1000, 1",
        "10, 0, 0, 10",
    })
    void rampsLinearlyFromOneToTheConfiguredWeight(int weight, long elapsed, long window, int expected) {
        assertEquals(expected, SlowStart.effectiveWeight(weight, elapsed, window));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SlowStart.effectiveWeight(0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> SlowStart.effectiveWeight(1, 0, -1));
    }
}
