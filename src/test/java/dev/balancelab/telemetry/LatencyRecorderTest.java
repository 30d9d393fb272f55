package dev.balancelab.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    /** 1,000 requests a second for five fifth-of-a-second samples: 90 % at 10 ms, 7 % at 100 ms, 3 % at 1 s. */
    private static void recordSkewedSecond(LatencyRecorder recorder, long startMs) {
        for (int tick = 1; tick <= 5; tick++) {
            for (int i = 0; i < 200; i++) {
                recorder.record(i < 180 ? 10 : i < 194 ? 100 : 1_000);
            }
            recorder.sample(startMs + tick * 200L);
        }
    }

    @Test
    void percentilesOverTheWindowDifferForASkewedSampleSet() {
        LatencyRecorder recorder = new LatencyRecorder();
        recordSkewedSecond(recorder, 0);

        LatencyRecorder.Percentiles window = recorder.sample(1_000).window();

        assertEquals(1_000, window.count());
        assertEquals(10, window.p50Ms(), 0.1);
        assertEquals(100, window.p95Ms(), 1.0);
        assertEquals(1_000, window.p99Ms(), 10.0);
        assertTrue(window.p50Ms() < window.p95Ms() && window.p95Ms() < window.p99Ms(), window::toString);
    }

    @Test
    void theWindowForgetsWhatIsOlderThanItsLength() {
        LatencyRecorder recorder = new LatencyRecorder();
        recordSkewedSecond(recorder, 0);
        recorder.record(50);

        LatencyRecorder.Sample later = recorder.sample(1_000 + LatencyRecorder.WINDOW_MS);

        assertEquals(1, later.window().count());
        assertEquals(50, later.window().p99Ms(), 0.1);
        assertEquals(1_001, later.total().count());
    }

    @Test
    void anEmptyWindowIsAllZero() {
        assertEquals(
                new LatencyRecorder.Percentiles(0, 0, 0, 0),
                new LatencyRecorder().sample(0).window());
    }
}
