package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
    private final VirtualScheduler time = new VirtualScheduler();
    private final List<String> ran = new ArrayList<>();

    private void record(String what) {
        ran.add(what + "@" + time.clock().labMillis());
    }

    @Test
    void runsTasksInDeadlineOrderThenInTheOrderScheduledEachAtItsOwnTime() {
        time.clock().resume();
        time.at(30_000_000, () -> record("c"));
        time.at(10_000_000, () -> record("a"));
        time.at(10_000_000, () -> record("b"));
        time.at(10_000_000, () -> time.after(5_000_000, () -> record("nested")));
        time.advanceBy(20);
        assertEquals(List.of("a@10", "b@10", "nested@15"), ran);
        assertEquals(20, time.clock().labMillis());
        time.advanceBy(10);
        assertEquals(List.of("a@10", "b@10", "nested@15", "c@30"), ran);
    }

    @Test
    void aCancelledTaskNeverRuns() {
        time.clock().resume();
        LabScheduler.Timer timer = time.after(5_000_000, () -> record("timeout"));
        timer.cancel();
        time.advanceBy(10);
        assertEquals(List.of(), ran);
        assertEquals(0, time.pending());
    }

    @Test
    void pausedLabTimeHoldsTasksAndSlowMotionStretchesThem() {
        time.at(10_000_000, () -> record("due"));
        time.advanceBy(100);
        assertEquals(List.of(), ran, "the clock starts paused");
        time.clock().setSpeed(0.5);
        time.clock().resume();
        time.advanceBy(19);
        assertEquals(List.of(), ran, "at half speed 10 lab ms take 20 ms");
        time.advanceBy(1);
        assertEquals(List.of("due@10"), ran);
    }

    @Test
    void runUntilStopsAtTheConditionOrTheLimit() {
        time.clock().resume();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            time.at(i * 1_000_000L, () -> record("t" + n));
        }
        assertTrue(time.runUntil(() -> ran.size() == 2, 100));
        assertEquals(2, time.clock().labMillis());
        assertFalse(time.runUntil(() -> ran.size() == 9, 10));
        assertEquals(12, time.clock().labMillis());
        assertThrows(IllegalArgumentException.class, () -> time.advanceBy(-1));
    }

    @Test
    void controlPlaneOnlyCodeRefusesToRunElsewhere() {
        ControlPlane plane = ControlPlane.on(time);
        assertThrows(IllegalStateException.class, plane::checkOnPlane);
        plane.execute(() -> {
            plane.checkOnPlane();
            record("on plane");
        });
        assertEquals(List.of(), ran, "execute returns without running the task");
        time.advanceBy(0);
        assertEquals(List.of("on plane@0"), ran);
    }
}
