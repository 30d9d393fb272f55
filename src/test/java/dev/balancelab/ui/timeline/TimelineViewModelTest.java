package dev.balancelab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.LabRecording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline's recording and its moves: window, state kept beyond it, picks stepped back and forward. */
class TimelineViewModelTest {
    private static final LatencyRecorder.Percentiles NO_LATENCY = new LatencyRecorder.Percentiles(0, 0, 0, 0);
    private static final ServerId S1 = ServerId.of("s1");

    private final FakeLab lab =
            new FakeLab(FallbackTopology.create(new HealthCheckSpec(200, 100, 3, 2)), snapshot(0, 0));
    private final List<Object> shown = new ArrayList<>();
    private final TimelineViewModel timeline =
            new TimelineViewModel(new LabRecording(lab, () -> lab.nextSnapshot), new TimelineViewModel.Replayer() {
                @Override
                public void show(LabRecording.Replay replay) {
                    shown.add(replay);
                }

                @Override
                public void live() {
                    shown.add("live");
                }
            });

    TimelineViewModelTest() {
        timeline.follow(lab.feed());
    }

    private static MetricsSnapshot snapshot(long labMillis, long sent) {
        return new MetricsSnapshot(
                labMillis, new Accounting.Counts(sent, sent, 0, 0, 0, sent, 0), NO_LATENCY, Map.of(), 0, NO_LATENCY);
    }

    private void sampleAt(long labMillis, long sent) {
        lab.nextSnapshot = snapshot(labMillis, sent);
        lab.feed().sample();
    }

    private void pick(long requestId, long labMillis) {
        long nanos = labMillis * 1_000_000;
        lab.events.offer(new LabEvent.Decided(requestId, 1, AlgorithmKind.ROUND_ROBIN, S1, List.of(), nanos));
        lab.events.offer(new LabEvent.AttemptStarted(requestId, 1, 0, "user-1", S1, nanos));
        lab.nextSnapshot = snapshot(labMillis, requestId);
        lab.feed().pulse();
    }

    @Test
    void scrubbingShowsTheLastSnapshotAtOrBeforeTheTimeAndKeepsOldStateChanges() {
        lab.events.offer(new LabEvent.Injected(S1, FailureMode.of(FailureKind.CRASH), 1_000_000_000L));
        lab.feed().pulse();
        for (long s = 1; s <= 400; s++) {
            sampleAt(s * 1000, s * 10);
        }
        assertEquals(100.0, timeline.earliestProperty().get(), "five minutes back from 400 s");
        assertEquals(400.0, timeline.latestProperty().get());

        timeline.scrubTo(250.5);
        LabRecording.Replay r = (LabRecording.Replay) shown.get(0);
        assertEquals(2500, r.moment().snapshot().counts().sent());
        assertEquals(-1, r.decision());
        assertTrue(r.events().get(0) instanceof LabEvent.Injected, "a kill at 1 s still holds at 250 s");
        assertEquals(151, r.history().size(), "the snapshots from 100 s to 250 s, for the charts");

        timeline.scrubTo(400);
        assertEquals("live", shown.get(1));
        assertNull(timeline.replayProperty().get());
    }

    @Test
    void stepBackUndoesOnePickAtATimeAndStepForwardEndsAtTheLiveLab() {
        sampleAt(0, 0);
        pick(1, 100);
        pick(2, 200);
        pick(3, 300);

        timeline.stepBack();
        assertEquals(1, replay(0).decision(), "the live lab is frozen at pick 3: back one is pick 2");
        assertEquals(2, replay(0).moment().snapshot().counts().sent());
        List<LabEvent> events = replay(0).events();
        assertEquals(4, events.size(), "two picks, each explained and started");
        assertEquals(2, ((LabEvent.AttemptStarted) events.get(3)).requestId());

        timeline.stepBack();
        assertEquals(0, replay(1).decision());
        timeline.stepBack();
        assertEquals(2, shown.size(), "nothing before the first pick");

        timeline.stepForward();
        assertEquals(1, replay(2).decision());
        timeline.stepForward();
        assertEquals("live", shown.get(3), "pick 3 is where the live lab stands");
        assertFalse(timeline.replaying());
    }

    @Test
    void fromALabThatRanOnStepBackShowsItsLastPick() {
        sampleAt(0, 0);
        pick(1, 100);
        pick(2, 200);
        sampleAt(900, 9);
        timeline.stepBack();
        assertEquals(1, replay(0).decision());
    }

    private LabRecording.Replay replay(int i) {
        return (LabRecording.Replay) shown.get(i);
    }
}
