package dev.balancelab.engine;

import static dev.balancelab.engine.EngineProbe.about;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.CheckSchedule;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.ServerMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Active health checks timed as HAProxy times them ({@code src/check.c}), in virtual time, with HAProxy's
 * {@code inter 1s fall 3 rise 2 timeout check 500ms}: a killed server refuses its checks at once ({@code L4CON}), a
 * hung one lets them time out ({@code L4TOUT}); with the {@code haproxy} schedule the next check starts {@code inter}
 * after the previous one ended. Figures from issue 12: HAProxy 2.6 marked a killed backend DOWN 2,505 ms after the
 * kill on average, and a hung one 3–4 s after its first failed check.
 */
class HealthCheckTimingTest {
    private static final ServerId S1 = ServerId.of("s1");
    private static final long MS = 1_000_000;

    private static EngineProbe lab(HealthCheckSpec check, int servers, double rate, OutlierDetectionSpec outliers) {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, check, new RetrySpec(3, 1000), outliers);
        return new EngineProbe(Topologies.of(servers, rate, 10, balancer), 1, 1_000_000);
    }

    private static EngineProbe idle(CheckSchedule schedule) {
        return idle(HealthCheckSpec.DEFAULT.withSchedule(schedule));
    }

    private static EngineProbe idle(HealthCheckSpec check) {
        return lab(check, 3, 0, OutlierDetectionSpec.OFF);
    }

    private static long downAtMs(List<LabEvent> events) {
        return about(S1, LabEvent.HealthChanged.class, events).stream()
                        .filter(c -> c.to() == HealthState.DOWN)
                        .findFirst()
                        .orElseThrow()
                        .nanos()
                / MS;
    }

    /** The failed heartbeats of s1 as {@code start-end} in ms (start = result time - round trip). */
    private static List<String> failedChecks(List<LabEvent> events) {
        return about(S1, LabEvent.Heartbeat.class, events).stream()
                .filter(h -> !h.ok())
                .map(h -> Math.round(h.nanos() / 1e6 - h.rttMs()) + "-" + h.nanos() / MS)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(CheckSchedule.class)
    void aKilledServerRefusesEachCheckAtOnceAndIsDownAtTheThirdRefusal(CheckSchedule schedule) {
        try (EngineProbe lab = idle(schedule)) {
            List<LabEvent> events = lab.inject(S1, FailureMode.of(FailureKind.CRASH), 2_300, 8_000);
            assertEquals(
                    List.of("3000-3000", "4000-4000", "5000-5000"),
                    failedChecks(events).subList(0, 3));
            assertEquals(5_000, downAtMs(events), "the third refused check, not three timeouts later (5,500)");
        }
    }

    @Test
    void killToDownAveragesTwoAndAHalfIntervalsAsHaproxysTwoThousandFiveHundredAndFive() {
        List<Long> detections = new ArrayList<>();
        for (long phase = 50; phase < 1_000; phase += 100) {
            try (EngineProbe lab = idle(CheckSchedule.FIXED_RATE)) {
                List<LabEvent> events = lab.inject(S1, FailureMode.of(FailureKind.CRASH), 2_000 + phase, 8_000);
                detections.add(downAtMs(events) - (2_000 + phase));
            }
        }
        double mean = detections.stream().mapToLong(Long::longValue).average().orElseThrow();
        assertEquals(2_500, mean, 0.5, "kill at a uniform phase of the interval: " + detections);
    }

    /**
     * A hang keeps the timeout: each check fails {@code timeout} after it started. At a fixed rate the checks still
     * start every second (DOWN 2.5 s after the first failed check began); on HAProxy's schedule the next starts one
     * interval after the previous ended: DOWN {@code 2 × (inter + timeout) + timeout} after, 3.5 s with a 500 ms
     * timeout, and 5.0 s with the 1,000 ms that HAProxy 2.6.12 actually waited for a hung HTTP check with
     * {@code timeout connect 1s} (measured 5.03 s; docs/fidelity-health.md).
     */
    @ParameterizedTest
    @CsvSource({
        "FIXED_RATE, 500, 3000-3500 4000-4500 5000-5500, 5500",
        "HAPROXY, 500, 3000-3500 4500-5000 6000-6500, 6500",
        "HAPROXY, 1000, 3000-4000 5000-6000 7000-8000, 8000",
    })
    void aHungServerTimesOutEachCheck(CheckSchedule schedule, long timeoutMs, String checks, long downAtMs) {
        try (EngineProbe lab =
                idle(HealthCheckSpec.DEFAULT.withSchedule(schedule).withTimeoutMs(timeoutMs))) {
            List<LabEvent> events = lab.inject(S1, FailureMode.of(FailureKind.HANG), 2_300, 10_000);
            assertEquals(List.of(checks.split(" ")), failedChecks(events).subList(0, 3));
            assertEquals(downAtMs, downAtMs(events));
        }
    }

    @Test
    void haproxyScheduleSpreadsTheFirstChecksOverOneInterval() {
        try (EngineProbe lab = idle(CheckSchedule.HAPROXY)) {
            lab.engine.start();
            lab.time.advanceBy(999);
            List<LabEvent> events = lab.drain();
            List<Long> firsts = new ArrayList<>();
            for (String id : List.of("s1", "s2", "s3")) {
                firsts.add(about(ServerId.of(id), LabEvent.Heartbeat.class, events)
                                .get(0)
                                .nanos()
                        / MS);
            }
            assertEquals(List.of(0L, 333L, 666L), firsts, "start_check_task: mininter × srvpos / nbcheck");
        }
    }

    /**
     * Lesson 09's settings (four servers, 40 requests/s, eject after 5 consecutive errors for 10 s, at most 50 %): s1
     * killed at 2 s is ejected within a few hundred ms, and its active check still marks it DOWN at the third refused
     * check (5 s), while it is ejected; the ejection ends 10 s after it began and s1 stays DOWN and unavailable.
     */
    @Test
    void activeHealthGoesOnWhileTheServerIsEjected() {
        try (EngineProbe lab = lab(HealthCheckSpec.DEFAULT, 4, 40, new OutlierDetectionSpec(5, 10_000, 50))) {
            lab.engine.schedule(new ScenarioEvent(2_000, ScenarioEventType.KILL, S1));
            lab.engine.start();
            lab.time.advanceBy(5_000);
            ServerMetrics atFive = lab.engine.snapshot().perServer().get(S1);
            assertEquals(HealthState.DOWN, atFive.state());
            assertTrue(atFive.ejected(), "both flags are set at once");
            lab.time.advanceBy(10_000);
            List<LabEvent> history = lab.engine.history();
            long ejectedAt = about(S1, LabEvent.Ejected.class, history).get(0).nanos() / MS;
            assertTrue(ejectedAt > 2_000 && ejectedAt < 3_000, "ejected at " + ejectedAt);
            assertEquals(5_000, downAtMs(history));
            List<LabEvent.Unejected> returns = about(S1, LabEvent.Unejected.class, history);
            assertEquals(ejectedAt + 10_000, returns.get(0).nanos() / MS);
            ServerMetrics after = lab.engine.snapshot().perServer().get(S1);
            assertEquals(HealthState.DOWN, after.state());
            assertFalse(after.ejected());
            assertEquals(atFive.failed(), after.failed(), "not picked while ejected, nor after while DOWN");
            assertTrue(
                    about(S1, LabEvent.HealthChanged.class, history).stream()
                            .noneMatch(c -> c.to() == HealthState.EJECTED),
                    "ejection is not an active-check state");
        }
    }
}
