package dev.balancelab.engine;

import dev.balancelab.balancing.Decision;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.ServerId;
import dev.balancelab.resilience.RetryDecision;
import dev.balancelab.resilience.RetryPolicy;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.EventQueue;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.Outcome;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The balancer's data plane: picks a server for each attempt through the current {@link Picker}, hands the attempt to
 * that server's slots, abandons it at the per-try timeout (a timer cancelled when the attempt ends first), and on
 * failure asks the {@link RetryPolicy} whether to retry; a retry goes, after its backoff, to a server not tried yet.
 * Called from any thread; never blocks.
 */
final class Dispatcher {
    /** Everything the dispatcher reports to: accounting (retries, timeouts), events, and each attempt's result. */
    record Sinks(Accounting accounting, EventQueue events, BiConsumer<ServerId, Outcome> attemptResults) {}

    private final LabClock clock;
    private final LabScheduler scheduler;
    private final Supplier<Picker> picker;
    private final Supplier<AlgorithmKind> algorithm;
    private final Map<ServerId, ServerNode> servers;
    private final Sinks sinks;
    private final RetryPolicy policy;
    private final long perTryTimeoutNanos;
    private final StepMode steps;

    /**
     * @param perTryTimeoutMs the retry spec's per-try timeout in lab ms; 0 for none
     * @param steps the step-mode gate every pick passes
     */
    Dispatcher(
            LabScheduler scheduler,
            LoadBalancer balancer,
            Map<ServerId, ServerNode> servers,
            RetryPolicy policy,
            long perTryTimeoutMs,
            StepMode steps,
            Sinks sinks) {
        this.clock = scheduler.clock();
        this.scheduler = scheduler;
        this.picker = balancer::picker;
        this.algorithm = () -> balancer.algorithm().kind();
        this.servers = servers;
        this.policy = policy;
        this.perTryTimeoutNanos = perTryTimeoutMs * 1_000_000L;
        this.steps = steps;
        this.sinks = sinks;
    }

    /**
     * Takes one try of a request (the client counted the request): starts its first attempt; the try ends through
     * {@link RequestState#end}.
     */
    void send(RequestState request) {
        policy.requestStarted();
        attempt(request);
    }

    /**
     * The balancer died with {@code request}'s try in flight: the try is over (its late attempt results are stale),
     * and a retry it had waiting gives its budget back when it would have started.
     */
    void abandoned() {
        policy.requestEnded();
    }

    private void attempt(RequestState request) {
        if (request.over()) {
            // a retry of a try its balancer's death ended: give back the budget decide() took for it
            policy.attemptEnded(request.attempts() + 1);
            return;
        }
        StepMode.Gate gate = steps.admit(() -> attempt(request));
        if (gate == StepMode.Gate.HELD) {
            return;
        }
        int number = request.nextAttempt();
        boolean stepped = gate == StepMode.Gate.STEPPED;
        ServerId id = request.pinned != null ? request.pinned : chosenId(request, number, stepped);
        ServerNode node = id == null ? null : servers.get(id);
        long now = clock.labNanos();
        boolean drawn = request.drawn(sinks.events().sample(request.id, now), stepped);
        if (node == null) {
            if (drawn) {
                sinks.events()
                        .offer(new LabEvent.AttemptEnded(request.id, number, null, Outcome.NO_SERVER, false, now));
            }
            policy.attemptEnded(request.tryNumber(number));
            request.last(null, Outcome.NO_SERVER, null);
            finish(request, false);
            return;
        }
        request.tried(node.spec().id());
        node.stats().attemptStarted();
        if (drawn) {
            sinks.events()
                    .offer(new LabEvent.AttemptStarted(
                            request.id,
                            number,
                            request.clientIndex,
                            request.key,
                            node.spec().id(),
                            now));
        }
        Attempt attempt = new Attempt(request, number, node, now, this::ended);
        if (perTryTimeoutNanos > 0) {
            attempt.timeout(scheduler.after(perTryTimeoutNanos, () -> attempt.end(Outcome.TIMEOUT)));
        }
        if (request.wire != null) {
            request.wire.forward(node.spec().id(), new Wire.WireAttempt(attempt));
        } else {
            node.submit(attempt);
        }
    }

    private ServerId chosenId(RequestState request, int number, boolean stepped) {
        Endpoint chosen = choose(request, number, stepped);
        return chosen == null ? null : chosen.id();
    }

    /** Picks through the current picker; a stepped pick is explained in a {@link LabEvent.Decided}. */
    private Endpoint choose(RequestState request, int number, boolean stepped) {
        Picker current = picker.get();
        Request r = new Request(request.id, request.key, request.clientAddress, request.tried());
        if (!stepped) {
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
                        decision.explanation(),
                        clock.labNanos()));
        return chosen;
    }

    private void ended(Attempt attempt, Outcome outcome) {
        long now = clock.labNanos();
        ServerNode node = attempt.server;
        node.stats().attemptEnded(outcome.ok() ? (now - attempt.startLabNanos) / 1e6 : -1, now);
        node.countOutcome(outcome);
        if (outcome.ok()
                && attempt.request.wire == null) { // a wire attempt fills the cache at its backend (LabEngine.work)
            node.served(attempt);
        }
        if (outcome == Outcome.TIMEOUT) {
            sinks.accounting().timedOut();
        }
        RequestState request = attempt.request;
        policy.attemptEnded(request.tryNumber(attempt.number));
        if (request.over()) {
            return; // its balancer died: the client already saw this try fail
        }
        request.last(node.spec().id(), outcome, attempt.storage);
        // an external balancer retries by itself: its requests get one attempt
        RetryDecision decision =
                outcome.ok() || request.pinned != null ? null : policy.decide(request.attempts(), cause(outcome));
        boolean willRetry = decision != null && decision.willRetry();
        if (request.drawn()) {
            sinks.events()
                    .offer(new LabEvent.AttemptEnded(
                            request.id, attempt.number, node.spec().id(), outcome, willRetry, now));
        }
        sinks.attemptResults().accept(node.spec().id(), outcome);
        if (willRetry) {
            retryLater(request);
            return;
        }
        if (decision == RetryDecision.BUDGET_SPENT) {
            sinks.accounting().retryDenied();
        }
        finish(request, outcome.ok());
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
        long delayMs = policy.backoffMs(request.attempts());
        if (delayMs == 0) {
            attempt(request);
        } else {
            scheduler.after(delayMs * 1_000_000L, () -> attempt(request));
        }
    }

    private void finish(RequestState request, boolean ok) {
        if (request.end(ok)) {
            policy.requestEnded();
        }
    }
}
