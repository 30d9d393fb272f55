package dev.balancelab.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Soak smoke test: 30 s of the soak (5,000 requests/s, a kill or revive every 2 s). It checks invariants and
 * flatness only, never speed. The 30-minute soak is {@code SoakMain} (see BENCHMARKS.md).
 */
@Tag("soak")
class SoakSmokeTest {
    @Test
    void accountingHoldsAndHeapAndThreadsStayFlatUnderKillsAndRevives() throws Exception {
        Soak.Report report = Soak.run(
                new Soak.Settings(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(2), 5_000),
                s -> System.out.println("soak " + s));
        System.out.println("soak end " + report.end() + ", " + report.invariantChecks() + " invariant checks");
        assertEquals(List.of(), report.problems());
    }
}
