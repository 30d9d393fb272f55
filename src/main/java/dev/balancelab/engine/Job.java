package dev.balancelab.engine;

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

    /** The request's key (what the hashing algorithms hash), looked up in the server's cache; null for none. */
    abstract String key();

    /** Ends the job with {@code outcome}, unless it already ended; returns whether this call ended it. */
    abstract boolean end(Outcome outcome);

    /** A job for {@code key} that hands itself and its outcome to {@code answer}, once. */
    static Job once(String key, BiConsumer<Job, Outcome> answer) {
        AtomicBoolean ended = new AtomicBoolean();
        return new Job() {
            @Override
            String key() {
                return key;
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
