package dev.balancelab.engine;

import dev.balancelab.telemetry.Outcome;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work a server's worker takes for one service time: an {@link Attempt} of the lab's dispatcher, or an HTTP exchange
 * that reached the server's backend port from the lab's proxy ({@link LabEngine#work}). It ends exactly once.
 */
interface Job {
    /** Ends the job with {@code outcome}, unless it already ended; returns whether this call ended it. */
    boolean end(Outcome outcome);

    /** A job that hands its outcome to {@code answer}, once. */
    static Job once(Consumer<Outcome> answer) {
        AtomicBoolean ended = new AtomicBoolean();
        return outcome -> {
            if (!ended.compareAndSet(false, true)) {
                return false;
            }
            answer.accept(outcome);
            return true;
        };
    }
}
