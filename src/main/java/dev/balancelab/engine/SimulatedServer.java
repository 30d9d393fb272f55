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

/**
 * A server in virtual time: {@code workers} slots, each held by one job from its start until a completion
 * scheduled one service time later, and a bounded queue in front. The failure semantics are those of
 * {@link ServerNode}: a crash resets queued and running attempts (their pending completions are void) and refuses new
 * ones; a hang holds its slots until it ends, then serves them; heartbeats are answered (or, by a dead server, refused)
 * at once, and held by a hung one. Runs on the scheduler's driving thread.
 */
final class SimulatedServer extends ServerNode {
    private final LabScheduler scheduler;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    /** Jobs holding a slot, in the order they took it. */
    private final Set<Job> running = new LinkedHashSet<>();
    /** Running jobs held by a hang, waiting for it to end. */
    private final List<Job> held = new ArrayList<>();
    /** Bumped by a crash, so completions scheduled before it do nothing. */
    private long generation;

    SimulatedServer(ServerSpec spec, LabScheduler scheduler, LoadStats stats, long seed) {
        super(spec, stats, seed);
        this.scheduler = scheduler;
    }

    @Override
    synchronized void submit(Job job) {
        if (!alive()) {
            job.end(Outcome.REJECTED);
        } else if (running.size() < spec().workers()) {
            start(job);
        } else if (queue.size() < spec().queueCapacity()) {
            queue.add(job);
        } else {
            job.end(Outcome.REJECTED);
        }
    }

    /** Takes a slot: an error is answered at once, a hang holds the slot, otherwise the service time runs. */
    private void start(Job job) {
        running.add(job);
        if (answersWithError()) {
            completeAfter(0, job, Outcome.ERROR);
        } else if (hung()) {
            held.add(job);
        } else {
            long nanos = serviceNanos(job);
            completeAfter(nanos, job, outcome(job));
        }
    }

    private void completeAfter(long nanos, Job job, Outcome outcome) {
        long scheduledIn = generation;
        scheduler.after(nanos, () -> complete(scheduledIn, job, outcome));
    }

    private synchronized void complete(long scheduledIn, Job job, Outcome outcome) {
        if (scheduledIn != generation) {
            return;
        }
        running.remove(job);
        Job next = queue.poll();
        if (next != null) {
            start(next);
        }
        job.end(outcome);
    }

    @Override
    synchronized void inject(FailureMode mode) {
        super.inject(mode);
        if (!hung()) {
            held.forEach(a -> {
                long nanos = serviceNanos(a);
                completeAfter(nanos, a, outcome(a));
            });
            held.clear();
        }
    }

    @Override
    void onHeartbeatThread(Runnable task) {
        task.run();
    }

    @Override
    synchronized void resetAll() {
        generation++;
        List<Job> lost = new ArrayList<>(running);
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
