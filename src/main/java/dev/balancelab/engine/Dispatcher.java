package dev.balancelab.engine;

import dev.balancelab.balancing.Decision;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.resilience.Backoff;
import dev.balancelab.resilience.RetryBudget;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.LatencyRecorder;
import dev.balancelab.telemetry.Outcome;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The balancer's data plane: picks a server for each attempt through the current {@link Picker}, hands the attempt to
 * that server's worker pool, abandons it at the per-try timeout, and on failure retries, after a backoff with full
 * jitter and if the retry budget allows, on a server not tried yet, up to the policy's max attempts.
 * Called from any thread; never blocks.
 */
final class Dispatcher {
    /** Everything the dispatcher reports to: accounting, latency, events, and each attempt's result. */
    record Sinks(
            Accounting accounting,
            LatencyRecorder latency,
            EventQueue events,
            BiConsumer<ServerId, Outcome> attemptResults,
            Runnable steppedRequestEnded) {}

    private final LabClock clock;
    private final LabScheduler scheduler;
    private final Supplier<Picker> picker;
    private final Supplier<AlgorithmKind> algorithm;
    private final Map<ServerId, ServerNode> servers;
    private final Sinks sinks;
    private final RetrySpec retry;
    private final Backoff backoff;
    private final RetryBudget budget;

    Dispatcher(
            LabClock clock,
            LabScheduler scheduler,
            LoadBalancer balancer,
            Map<ServerId, ServerNode> servers,
            RetrySpec retry,
            Sinks sinks) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.picker = balancer::picker;
        this.algorithm = () -> balancer.algorithm().kind();
        this.servers = servers;
        this.retry = retry;
        this.sinks = sinks;
        this.backoff = new Backoff(retry);
        this.budget = new RetryBudget(retry);
    }

    /** Sends a new request: counts it and starts its first attempt. */
    void send(RequestState request) {
        sinks.accounting().sent(request.id);
        budget.requestStarted();
        attempt(request);
    }

    private void attempt(RequestState request) {
        int number = request.nextAttempt();
        Endpoint chosen = choose(request, number);
        ServerNode node = chosen == null ? null : servers.get(chosen.id());
        long now = clock.labNanos();
        if (node == null) {
            sinks.events().offer(new LabEvent.AttemptEnded(request.id, number, null, Outcome.NO_SERVER, now));
            retryEnded(number);
            finish(request, false, now);
            return;
        }
        request.tried(node.spec().id());
        node.stats().attemptStarted();
        sinks.events()
                .offer(new LabEvent.AttemptStarted(
                        request.id,
                        number,
                        request.clientIndex,
                        request.key,
                        node.spec().id(),
                        now));
        Attempt attempt = new Attempt(request, number, node, now, this::ended);
        if (retry.perTryTimeoutMs() > 0) {
            scheduler.after(retry.perTryTimeoutMs() * 1_000_000L, () -> attempt.end(Outcome.TIMEOUT));
        }
        node.submit(attempt);
    }

    /** Picks through the current picker; a stepped request's pick is explained in a {@link LabEvent.Decided}. */
    private Endpoint choose(RequestState request, int number) {
        Picker current = picker.get();
        Request r = new Request(request.id, request.key, request.clientAddress, request.tried());
        if (!request.stepped) {
            return current.pick(r);
        }
        Decision decision = current.decide(r);
        Endpoint chosen = decision.chosen();
        sinks.events()
                .offer(new LabEvent.Decided(
                        request.id,
                        number,
                        algorithm.get(),
                        chosen == null ? null : chosen.id(),
                        decision.reasons(),
                        clock.labNanos()));
        return chosen;
    }

    private void ended(Attempt attempt, Outcome outcome) {
        long now = clock.labNanos();
        ServerNode node = attempt.server;
        node.stats().attemptEnded(outcome.ok() ? (now - attempt.startLabNanos) / 1e6 : -1, now);
        node.countOutcome(outcome);
        sinks.events()
                .offer(new LabEvent.AttemptEnded(
                        attempt.request.id, attempt.number, node.spec().id(), outcome, now));
        sinks.attemptResults().accept(node.spec().id(), outcome);
        if (outcome == Outcome.TIMEOUT) {
            sinks.accounting().timedOut();
        }
        retryEnded(attempt.number);
        RequestState request = attempt.request;
        if (outcome.ok()) {
            finish(request, true, now);
        } else if (request.attempts() >= retry.maxAttempts() || !retry.retryOn().contains(cause(outcome))) {
            finish(request, false, now);
        } else if (!budget.tryAcquireRetry()) {
            sinks.accounting().retryDenied();
            finish(request, false, now);
        } else {
            retryLater(request);
        }
    }

    /** The retry condition a failed outcome falls under. */
    private static RetryOn cause(Outcome outcome) {
        return switch (outcome) {
            case TIMEOUT -> RetryOn.TIMEOUT;
            case ERROR -> RetryOn.ERROR;
            default -> RetryOn.CONNECT_FAILURE;
        };
    }

    private void retryLater(RequestState request) {
        sinks.accounting().retried();
        long delayMs = backoff.delayMs(request.attempts(), ThreadLocalRandom.current());
        if (delayMs == 0) {
            attempt(request);
        } else {
            scheduler.after(delayMs * 1_000_000L, () -> attempt(request));
        }
    }

    private void retryEnded(int attemptNumber) {
        if (attemptNumber > 1) {
            budget.retryEnded();
        }
    }

    private void finish(RequestState request, boolean ok, long now) {
        if (ok) {
            sinks.latency().record((now - request.startLabNanos) / 1e6);
        }
        budget.requestEnded();
        sinks.accounting().ended(request.id, ok);
        if (request.stepped) {
            sinks.steppedRequestEnded().run();
        }
    }
}
