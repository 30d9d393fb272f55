package dev.balancelab.engine;

import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Outcome;

/**
 * How the attempts of a real request travel to its servers: the HTTP proxy forwards each one to the chosen server's
 * backend port. The dispatcher picks, arms the per-try timeout and decides retries exactly as for simulated
 * requests; only the hop to the server differs.
 */
public interface Wire {
    /**
     * Sends one attempt to {@code server}; the implementation ends it exactly once, with {@link Outcome#OK} for a
     * 2xx–4xx answer, {@link Outcome#ERROR} for a 5xx, {@link Outcome#REJECTED} for a 503 or a refused connection and
     * {@link Outcome#RESET} for a connection cut before the answer. Called on a data-plane thread; must not block.
     */
    void forward(ServerId server, WireAttempt attempt);

    /** One attempt of a real request, as the {@link Wire} sees it. */
    final class WireAttempt {
        private final Attempt attempt;

        WireAttempt(Attempt attempt) {
            this.attempt = attempt;
        }

        /** The lab's request id (the same as in every {@code LabEvent}). */
        public long requestId() {
            return attempt.request.id;
        }

        /** The attempt's number, from 1. */
        public int number() {
            return attempt.number;
        }

        /** Ends the attempt unless it already ended (by its per-try timeout); returns whether this call ended it. */
        public boolean end(Outcome outcome) {
            return attempt.end(outcome);
        }

        /** Runs {@code abandon} if the per-try timeout ends the attempt first (close the backend connection). */
        public void onTimeout(Runnable abandon) {
            attempt.onTimeout(abandon);
        }
    }

    /**
     * How a real request ended.
     *
     * @param ok whether an attempt succeeded
     * @param attempts attempts made, &gt;= 1
     * @param server the server of the last attempt; null if no server was available
     * @param outcome the last attempt's outcome
     * @param storage the storage tier's answer to the last attempt's read or write; null if it did none (or it went
     *     over the wire: then the backend's answer says it)
     */
    record Ended(boolean ok, int attempts, ServerId server, Outcome outcome, StorageAnswer storage) {}
}
