package dev.balancelab.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTallyTest {
    private static final ServerId A = ServerId.of("a");
    private static final ServerId B = ServerId.of("b");

    @Test
    void aKeyMovesWhenItsFirstAttemptGoesElsewhereAndRetriesDoNotCount() {
        KeyTally tally = new KeyTally();
        tally.accept(new LabEvent.AttemptStarted(1, 1, 0, "user-1", A, 0));
        tally.accept(new LabEvent.AttemptStarted(1, 2, 0, "user-1", B, 1)); // a retry, not a move
        tally.accept(new LabEvent.AttemptStarted(2, 1, 0, "user-1", A, 2));
        tally.accept(new LabEvent.AttemptStarted(3, 1, 0, "user-2", A, 3));
        tally.accept(new LabEvent.AttemptStarted(4, 1, 0, "user-2", B, 4));
        tally.accept(new LabEvent.AttemptStarted(5, 1, 0, "user-2", A, 5));
        assertEquals(2, tally.keys());
        assertEquals(1, tally.moved());
    }

    @Test
    void fairnessIsTheBusiestServersLoadOverTheMean() {
        Map<ServerId, ServerMetrics> perServer = new LinkedHashMap<>();
        perServer.put(A, metrics(30, 10));
        perServer.put(B, metrics(20, 0));
        perServer.put(ServerId.of("c"), metrics(0, 0));
        assertEquals(40 / 20.0, KeyTally.fairness(perServer), 1e-9);
        assertTrue(Double.isNaN(KeyTally.fairness(Map.of(A, metrics(0, 0)))));
    }

    private static ServerMetrics metrics(long completed, long failed) {
        return new ServerMetrics(completed, failed, 0, HealthState.UP, false, true, 0, 0);
    }
}
