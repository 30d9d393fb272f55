package dev.balancelab.engine;

import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The engine's events: all go to the window's queue; health transitions and injections are also kept as history. A
 * balancer other than the first writes to its own log ({@link #forBalancer}), which passes everything on to the lab's
 * log, its health checker's events wrapped in a {@link LabEvent.OfBalancer} naming it.
 */
final class EventLog {
    private static final int HISTORY_LIMIT = 10_000;
    private final EventQueue events;
    /** The newest {@link #HISTORY_LIMIT} kept events; guarded by itself. */
    private final Deque<LabEvent> history = new ArrayDeque<>();
    /** The lab's log a balancer's log passes its events on to, or null for the lab's own. */
    private final EventLog parent;

    private final String balancer;

    /** @param capacity events buffered for a window between two drains; 0 when nothing draws them */
    EventLog(int capacity) {
        this.events = new EventQueue(capacity);
        this.parent = null;
        this.balancer = null;
    }

    private EventLog(EventLog parent, String balancer) {
        this.events = parent.events;
        this.parent = parent;
        this.balancer = balancer;
    }

    /** The log of balancer {@code id}: its events reach this log's queue and history, its health events named. */
    EventLog forBalancer(String id) {
        return new EventLog(this, id);
    }

    EventQueue queue() {
        return events;
    }

    /** Queues an event for the window only (attempts, heartbeats). */
    void offer(LabEvent event) {
        events.offer(named(event));
    }

    /** Queues an event for the window and keeps it in the history. */
    void keep(LabEvent event) {
        if (parent != null) {
            parent.keep(named(event));
            return;
        }
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
        if (parent != null) {
            return parent.history();
        }
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** A health checker's event of a balancer's log, named; any other event as it is. */
    private LabEvent named(LabEvent event) {
        boolean health = event instanceof LabEvent.Heartbeat
                || event instanceof LabEvent.HealthChanged
                || event instanceof LabEvent.Ejected
                || event instanceof LabEvent.Unejected;
        return balancer != null && health ? new LabEvent.OfBalancer(balancer, event) : event;
    }
}
