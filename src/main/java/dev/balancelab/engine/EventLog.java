package dev.balancelab.engine;

import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The engine's events: all go to the window's queue; health transitions and injections are also kept as history. */
final class EventLog {
    private static final int HISTORY_LIMIT = 10_000;
    private final EventQueue events;
    /** The newest {@link #HISTORY_LIMIT} kept events; guarded by itself. */
    private final Deque<LabEvent> history = new ArrayDeque<>();

    /** @param capacity events buffered for a window between two drains; 0 when nothing draws them */
    EventLog(int capacity) {
        this.events = new EventQueue(capacity);
    }

    EventQueue queue() {
        return events;
    }

    /** Queues an event for the window only (attempts, heartbeats). */
    void offer(LabEvent event) {
        events.offer(event);
    }

    /** Queues an event for the window and keeps it in the history. */
    void keep(LabEvent event) {
        synchronized (history) {
            if (history.size() == HISTORY_LIMIT) {
                history.removeFirst();
            }
            history.addLast(event);
        }
        events.offer(event);
    }

    /** The kept events, oldest first. */
    List<LabEvent> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }
}
