package dev.balancelab.telemetry;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A bounded, lock-free, multi-producer queue of {@link LabEvent}s. Producers never block: past the capacity an event
 * is dropped and counted. The UI drains it once per pulse. A window that draws a sample of the requests installs its
 * {@link DotSampler}; the engine then builds attempt events only for the requests {@link #sample} draws.
 */
public final class EventQueue {
    private final ConcurrentLinkedQueue<LabEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    private final int capacity;
    private volatile DotSampler sampler;

    /** @param capacity events held at most; 0 turns the queue off (everything is dropped) */
    public EventQueue(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * From now on the attempt events in this queue are a sample: those of the requests {@code sampler} draws (every
     * request without one).
     */
    public void sampleAttempts(DotSampler sampler) {
        this.sampler = sampler;
    }

    /**
     * Counts one attempt of request {@code requestId} at lab time {@code nanos} and says whether its events go into
     * this queue: always without a sampler, never if the queue is off (capacity 0, nothing draws them). The engine
     * asks before it builds the events, and keeps the answer for all attempts of the request.
     */
    public boolean sample(long requestId, long nanos) {
        if (capacity == 0) {
            return false;
        }
        DotSampler s = sampler;
        return s == null || s.draw(requestId, nanos);
    }

    /**
     * Whether the events of request {@code requestId} other than its attempts' (its storage operations) go into this
     * queue: the sampler's choice for it, not counted as an attempt ({@link DotSampler#drawn}); always without a
     * sampler, never if the queue is off.
     */
    public boolean sampled(long requestId) {
        if (capacity == 0) {
            return false;
        }
        DotSampler s = sampler;
        return s == null || s.drawn(requestId);
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
