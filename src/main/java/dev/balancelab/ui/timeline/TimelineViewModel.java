package dev.balancelab.ui.timeline;

import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.common.LabRecording;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The timeline of a running lab: scrub back over the last minutes ({@link LabRecording#WINDOW_NANOS}) of lab time,
 * step back and forward one explained pick, and return to the live lab. The recording is what the window showed, so a
 * replay is exactly what was there (figures, server states, the picker and the explained picks), not a rerun. The
 * window shows a replay through its {@link Replayer}. FX thread only.
 */
public final class TimelineViewModel {
    /** Shows the lab as recorded, or the live lab again. */
    public interface Replayer {
        /** Shows {@code replay} instead of the live lab (pausing the live lab the first time). */
        void show(LabRecording.Replay replay);

        /** Shows the live lab again. */
        void live();
    }

    /** What the Shift+arrow keys move, lab seconds. */
    static final double KEY_STEP_SECONDS = 1;

    private final LabRecording recording;
    private final Replayer replayer;
    private final ReadOnlyDoubleWrapper earliest = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper latest = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<LabRecording.Replay> replay = new ReadOnlyObjectWrapper<>();

    /** @param recording the live lab's recording, followed through {@link #follow(LabFeed)} */
    public TimelineViewModel(LabRecording recording, Replayer replayer) {
        this.recording = recording;
        this.replayer = replayer;
    }

    /**
     * Records {@code feed}, a feed of the live lab, from now on (call after priming it with the lab's history, before
     * it starts).
     */
    public void follow(LabFeed feed) {
        recording.follow(feed);
        feed.onSnapshot(s -> {
            earliest.set(recording.earliestNanos() / 1e9);
            latest.set(recording.latestNanos() / 1e9);
        });
    }

    /** The earliest lab time that can be shown, s. */
    public ReadOnlyDoubleProperty earliestProperty() {
        return earliest.getReadOnlyProperty();
    }

    /** The latest recorded lab time, s. */
    public ReadOnlyDoubleProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** The replay shown, or null while the window shows the live lab. */
    public ReadOnlyObjectProperty<LabRecording.Replay> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    /** Whether a replay is shown. */
    public boolean replaying() {
        return replay.get() != null;
    }

    /** Lab time shown: the replay's or the latest, s. */
    public double shownSeconds() {
        return replaying() ? replay.get().moment().nanos() / 1e9 : latest.get();
    }

    /**
     * Shows the lab as recorded at {@code seconds} of lab time; at or after the latest recording, the live lab. Nothing
     * when that is the time shown (a replay at a pick stays at its pick).
     */
    public void scrubTo(double seconds) {
        if (seconds == shownSeconds()) {
            return;
        }
        if (recording.isEmpty() || seconds >= recording.latestNanos() / 1e9) {
            live();
        } else {
            show(recording.at(Math.round(seconds * 1e9)));
        }
    }

    /** Scrubs {@code seconds} back (negative: forward) from the time shown. */
    public void scrubBy(double seconds) {
        scrubTo(shownSeconds() - seconds);
    }

    /**
     * Steps back one explained pick: from the live lab frozen at a pick to the pick before it (from the live lab that
     * ran on, to its last pick); in a replay to the pick before the one shown. Nothing without an earlier pick.
     */
    public void stepBack() {
        int target;
        if (!replaying()) {
            target = recording.decisions() - (recording.ranPastLastDecision() ? 1 : 2);
        } else if (replay.get().decision() >= 0) {
            target = replay.get().decision() - 1;
        } else {
            int at = recording.decisionAtOrBefore(replay.get().moment().nanos());
            target = at >= 0
                            && recording.decision(at).moment().nanos()
                                    == replay.get().moment().nanos()
                    ? at - 1
                    : at;
        }
        if (target >= 0) {
            show(recording.decision(target));
        }
    }

    /**
     * Steps forward one explained pick in a replay; to the live lab when that is where the next pick is (the live lab
     * frozen at it) or past the last recorded one. Nothing while live.
     */
    public void stepForward() {
        if (!replaying()) {
            return;
        }
        int next = replay.get().decision() >= 0
                ? replay.get().decision() + 1
                : recording.decisionAtOrBefore(replay.get().moment().nanos()) + 1;
        boolean liveIsThere = next == recording.decisions() - 1 && !recording.ranPastLastDecision();
        if (next >= recording.decisions() || liveIsThere) {
            live();
        } else {
            show(recording.decision(next));
        }
    }

    /** Shows the live lab again. */
    public void live() {
        if (replaying()) {
            replay.set(null);
            replayer.live();
        }
    }

    private void show(LabRecording.Replay r) {
        replay.set(r);
        replayer.show(r);
    }
}
