package dev.balancelab.telemetry;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A bounded, lock-free, multi-producer queue of {@link LabEvent}s. Producers never block: past the capacity an event
 * is dropped and counted. The UI drains it once per pulse.
 */
public final class EventQueue {
    private final ConcurrentLinkedQueue<LabEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    private final int capacity;

    /** @param capacity events held at most; 0 turns the queue off (everything is dropped) */
    public EventQueue(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds an event, or drops it if the queue is full. Never blocks. */
    public void offer(LabEvent event) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            dropped.increment();
            return;
        }
        queue.offer(event);
    }

    /**
     * Removes up to {@code max} events, oldest first, handing each to {@code sink}.
     *
     * @return the number of events drained
     */
    public int drain(Consumer<? super LabEvent> sink, int max) {
        int n = 0;
        LabEvent e;
        while (n < max && (e = queue.poll()) != null) {
            size.decrementAndGet();
            sink.accept(e);
            n++;
        }
        return n;
    }

    /** Events dropped because the queue was full. */
    public long dropped() {
        return dropped.sum();
    }
}
