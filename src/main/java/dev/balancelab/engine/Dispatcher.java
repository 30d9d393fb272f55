package dev.balancelab.engine;

import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.Outcome;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The balancer's data plane: picks a server for each attempt through the current {@link Picker}, hands the attempt to
 * that server's worker pool, and on failure retries on a server not tried yet, up to the retry policy's max attempts.
 * Called from any thread; never blocks.
 */
final class Dispatcher {
    private final LabClock clock;
    private final Supplier<Picker> picker;
    private final Map<ServerId, ServerNode> servers;
    private final Accounting accounting;
    private final LatencyRecorder latency;
    private final EventQueue events;
    private volatile RetrySpec retry;

    Dispatcher(LabClock clock, Supplier<Picker> picker, Map<ServerId, ServerNode> servers, RetrySpec retry,
               Accounting accounting, LatencyRecorder latency, EventQueue events) {
        this.clock = clock;
        this.picker = picker;
        this.servers = servers;
        this.retry = retry;
        this.accounting = accounting;
        this.latency = latency;
        this.events = events;
    }

    /** Sends a new request: counts it and starts its first attempt. */
    void send(RequestState request) {
        accounting.sent(request.id);
        attempt(request);
    }

    void setRetry(RetrySpec spec) {
        this.retry = spec;
    }

    private void attempt(RequestState request) {
        int number = request.nextAttempt();
        Endpoint chosen = picker.get().pick(new Request(request.id, request.key, request.clientAddress,
                request.tried()));
        ServerNode node = chosen == null ? null : servers.get(chosen.id());
        long now = clock.labNanos();
        if (node == null) {
            events.offer(new LabEvent.AttemptEnded(request.id, number, null, Outcome.NO_SERVER, now));
            finish(request, false, now);
            return;
        }
        request.tried(node.spec().id());
        node.stats().attemptStarted();
        events.offer(new LabEvent.AttemptStarted(request.id, number, request.clientIndex, node.spec().id(), now));
        node.submit(new Attempt(request, number, node, now, this::ended));
    }

    private void ended(Attempt attempt, Outcome outcome) {
        long now = clock.labNanos();
        ServerNode node = attempt.server;
        node.stats().attemptEnded(outcome.ok() ? (now - attempt.startLabNanos) / 1e6 : -1, now);
        node.countOutcome(outcome);
        events.offer(new LabEvent.AttemptEnded(attempt.request.id, attempt.number, node.spec().id(), outcome, now));
        RequestState request = attempt.request;
        if (outcome.ok()) {
            finish(request, true, now);
        } else if (request.attempts() < retry.maxAttempts()) {
            accounting.retried();
            attempt(request);
        } else {
            finish(request, false, now);
        }
    }

    private void finish(RequestState request, boolean ok, long now) {
        if (ok) {
            latency.record((now - request.startLabNanos) / 1e6);
        }
        accounting.ended(request.id, ok);
    }
}
