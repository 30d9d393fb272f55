package dev.balancelab.engine;

import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.Outcome;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/** One attempt of a request at one server. It ends exactly once, whichever thread gets there first. */
final class Attempt extends Job {
    final RequestState request;
    final int number;
    final ServerNode server;
    final long startLabNanos;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final BiConsumer<Attempt, Outcome> onEnd;
    private volatile LabScheduler.Timer timeout;
    private volatile Runnable abandon;

    Attempt(
            RequestState request,
            int number,
            ServerNode server,
            long startLabNanos,
            BiConsumer<Attempt, Outcome> onEnd) {
        this.request = request;
        this.number = number;
        this.server = server;
        this.startLabNanos = startLabNanos;
        this.onEnd = onEnd;
    }

    /** Sets the per-try timeout, cancelled when the attempt ends first; call before the attempt is submitted. */
    void timeout(LabScheduler.Timer timer) {
        this.timeout = timer;
    }

    /** Runs {@code abandon} when the per-try timeout ends the attempt (an HTTP attempt closes its connection). */
    void onTimeout(Runnable abandon) {
        this.abandon = abandon;
    }

    @Override
    long requestId() {
        return request.id;
    }

    @Override
    String key() {
        return request.key;
    }

    @Override
    boolean write() {
        return request.write;
    }

    @Override
    boolean drawn(EventQueue events) {
        return request.drawn();
    }

    /** Ends the attempt with {@code outcome}, unless it already ended; returns whether this call ended it. */
    @Override
    public boolean end(Outcome outcome) {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        LabScheduler.Timer timer = timeout;
        if (timer != null) {
            timer.cancel();
        }
        onEnd.accept(this, outcome);
        Runnable a = abandon;
        if (outcome == Outcome.TIMEOUT && a != null) {
            a.run();
        }
        return true;
    }
}
