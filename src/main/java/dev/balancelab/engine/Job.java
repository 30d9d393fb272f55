package dev.balancelab.engine;

import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.Outcome;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Work a server's worker takes for one service time: an {@link Attempt} of the lab's dispatcher, or an HTTP exchange
 * that reached the server's backend port from the lab's proxy ({@link LabEngine#work}). It ends exactly once. Both
 * carry the request's key, which the server's cache looks up when the job takes a slot (one data plane: a real
 * request hits the cache as a simulated one does).
 */
abstract class Job {
    /** Whether the server's cache held the key when the job took a slot. */
    volatile boolean cacheHit;

    /** The storage tier's answer to the job's read or write; null if it did none (a cache hit, no storage tier). */
    volatile StorageAnswer storage;

    /** The lab's id of the request the job serves (the one its events carry). */
    abstract long requestId();

    /** The request's key (what the hashing algorithms hash), looked up in the server's cache; null for none. */
    abstract String key();

    /** Whether the request writes its key (else reads it), where a storage tier serves it. */
    abstract boolean write();

    /**
     * Whether the job's request has a dot in the window, so that its storage operation gets an event too: the
     * sampler's choice for its id ({@link EventQueue#sampled}); an attempt keeps its request's own choice.
     */
    boolean drawn(EventQueue events) {
        return events.sampled(requestId());
    }

    /** Ends the job with {@code outcome}, unless it already ended; returns whether this call ended it. */
    abstract boolean end(Outcome outcome);

    /** A job of request {@code requestId} for {@code key} that hands itself and its outcome to {@code answer}, once. */
    static Job once(long requestId, String key, boolean write, BiConsumer<Job, Outcome> answer) {
        AtomicBoolean ended = new AtomicBoolean();
        return new Job() {
            @Override
            long requestId() {
                return requestId;
            }

            @Override
            String key() {
                return key;
            }

            @Override
            boolean write() {
                return write;
            }

            @Override
            boolean end(Outcome outcome) {
                if (!ended.compareAndSet(false, true)) {
                    return false;
                }
                answer.accept(this, outcome);
                return true;
            }
        };
    }
}
