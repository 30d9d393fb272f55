package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LabClockTest {
    private final AtomicLong real = new AtomicLong(1_000);
    private final LabClock clock = new LabClock(real::get);

    @Test
    void startsPausedAtZero() {
        real.addAndGet(5_000_000);
        assertEquals(0, clock.labNanos());
    }

    @Test
    void runsAtTheSpeedFactorAndFreezesWhilePaused() {
        clock.resume();
        real.addAndGet(1_000_000_000);
        assertEquals(1_000_000_000, clock.labNanos());
        clock.setSpeed(0.1);
        real.addAndGet(1_000_000_000);
        assertEquals(1_100_000_000, clock.labNanos());
        clock.pause();
        real.addAndGet(7_000_000_000L);
        assertEquals(1_100_000_000, clock.labNanos());
        clock.resume();
        real.addAndGet(10_000_000_000L);
        assertEquals(2_100_000_000L, clock.labNanos());
    }

    @Test
    void realWaitIsScaledAndCappedSoWaitersNoticeChanges() {
        clock.resume();
        clock.setSpeed(0.5);
        assertEquals(2_000_000, clock.realNanosUntil(1_000_000));
        assertEquals(20_000_000, clock.realNanosUntil(1_000_000_000));
        assertEquals(0, clock.realNanosUntil(0));
        clock.pause();
        assertEquals(20_000_000, clock.realNanosUntil(1_000_000));
    }

    @Test
    void exactDelayIsUnboundedWhilePaused() {
        clock.resume();
        clock.setSpeed(0.5);
        assertEquals(2_000_000_000L, clock.realDelayNanos(1_000_000_000));
        clock.pause();
        assertEquals(Long.MAX_VALUE, clock.realDelayNanos(1));
    }

    @Test
    void aSleeperParkedWhilePausedIsWokenByResume() throws InterruptedException {
        LabClock system = LabClock.system();
        Thread sleeper = new Thread(() -> {
            try {
                system.sleepUntil(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        system.resume();
        sleeper.join(10_000);
        assertFalse(sleeper.isAlive(), "a paused sleeper parks for good and only a resume wakes it");
    }
}
