package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.Outcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A server in virtual time: {@code workers} slots, each held by one attempt from its start until a completion
 * scheduled one service time later, and a bounded queue in front. The failure semantics are those of
 * {@link ServerNode}: a crash resets queued and running attempts (their pending completions are void) and refuses new
 * ones; a hang holds its slots until it ends, then serves them; heartbeats are answered (or, by a dead server, refused) at once, and held by a hung one.
 * Runs on the scheduler's driving thread.
 */
final class SimulatedServer extends ServerNode {
    private final LabScheduler scheduler;
    private final ArrayDeque<Attempt> queue = new ArrayDeque<>();
    /** Attempts holding a slot, in the order they took it. */
    private final Set<Attempt> running = new LinkedHashSet<>();
    /** Running attempts held by a hang, waiting for it to end. */
    private final List<Attempt> held = new ArrayList<>();
    /** Bumped by a crash, so completions scheduled before it do nothing. */
    private long generation;

    SimulatedServer(ServerSpec spec, LabScheduler scheduler, LoadStats stats, long seed) {
        super(spec, stats, seed);
        this.scheduler = scheduler;
    }

    @Override
    synchronized void submit(Attempt attempt) {
        if (!alive()) {
            attempt.end(Outcome.REJECTED);
        } else if (running.size() < spec().workers()) {
            start(attempt);
        } else if (queue.size() < spec().queueCapacity()) {
            queue.add(attempt);
        } else {
            attempt.end(Outcome.REJECTED);
        }
    }

    /** Takes a slot: an error is answered at once, a hang holds the slot, otherwise the service time runs. */
    private void start(Attempt attempt) {
        running.add(attempt);
        if (answersWithError()) {
            completeAfter(0, attempt, Outcome.ERROR);
        } else if (hung()) {
            held.add(attempt);
        } else {
            completeAfter(serviceNanos(attempt), attempt, Outcome.OK);
        }
    }

    private void completeAfter(long nanos, Attempt attempt, Outcome outcome) {
        long scheduledIn = generation;
        scheduler.after(nanos, () -> complete(scheduledIn, attempt, outcome));
    }

    private synchronized void complete(long scheduledIn, Attempt attempt, Outcome outcome) {
        if (scheduledIn != generation) {
            return;
        }
        running.remove(attempt);
        Attempt next = queue.poll();
        if (next != null) {
            start(next);
        }
        attempt.end(outcome);
    }

    @Override
    synchronized void inject(FailureMode mode) {
        super.inject(mode);
        if (!hung()) {
            held.forEach(a -> completeAfter(serviceNanos(a), a, Outcome.OK));
            held.clear();
        }
    }

    @Override
    CompletableFuture<Boolean> heartbeat() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        answer(answer);
        return answer;
    }

    @Override
    synchronized void resetAll() {
        generation++;
        List<Attempt> lost = new ArrayList<>(running);
        lost.addAll(queue);
        running.clear();
        queue.clear();
        held.clear();
        lost.forEach(a -> a.end(Outcome.RESET));
    }

    @Override
    void startEmpty() {
        // a crash left no slot taken and nothing queued
    }

    @Override
    void shutdown() {
        crash();
    }

    @Override
    void awaitTermination(long deadlineNanos) {
        // no threads
    }
}
