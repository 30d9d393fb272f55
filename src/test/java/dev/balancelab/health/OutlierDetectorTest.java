package dev.balancelab.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.ServerId;
import org.junit.jupiter.api.Test;

class OutlierDetectorTest {
    private static final ServerId A = ServerId.of("a");
    private static final ServerId B = ServerId.of("b");

    private static boolean fail(OutlierDetector d, ServerId s, int times) {
        boolean ejected = false;
        for (int i = 0; i < times; i++) {
            ejected = d.onResult(s, false);
        }
        return ejected;
    }

    @Test
    void ejectsAfterConsecutiveErrorsOnly() {
        OutlierDetector d = new OutlierDetector(new OutlierDetectionSpec(3, 1000, 100), 4);
        assertFalse(fail(d, A, 2));
        d.onResult(A, true);
        assertFalse(fail(d, A, 2), "a success resets the count");
        assertTrue(d.onResult(A, false));
        assertTrue(d.isEjected(A));
    }

    @Test
    void ejectionTimeGrowsWithRepeatedEjections() {
        OutlierDetector d = new OutlierDetector(new OutlierDetectionSpec(1, 1000, 100), 4);
        assertTrue(fail(d, A, 1));
        assertEquals(1000, d.ejectionTimeMs(A));
        d.uneject(A);
        assertTrue(fail(d, A, 1));
        assertEquals(2000, d.ejectionTimeMs(A));
    }

    @Test
    void maxEjectionPercentKeepsServersInPlayButAllowsOne() {
        OutlierDetector d = new OutlierDetector(new OutlierDetectionSpec(1, 1000, 10), 4);
        assertEquals(1, d.maxEjected(), "10 % of 4 rounds down to 0, but one may always be ejected");
        assertTrue(fail(d, A, 1));
        assertFalse(fail(d, B, 5), "a second ejection would exceed the max");
        assertFalse(d.isEjected(B));
    }

    @Test
    void offNeverEjects() {
        OutlierDetector d = new OutlierDetector(OutlierDetectionSpec.OFF, 4);
        assertFalse(fail(d, A, 100));
    }
}
