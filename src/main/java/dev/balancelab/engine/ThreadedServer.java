package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.Outcome;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A server as real threads: a pool of {@code workers} named platform threads ({@code s1-worker-0}, ...), started as
 * work arrives, and a heartbeat responder thread ({@code s1-heartbeat}). A worker sleeps in lab time for the service
 * time.
 */
final class ThreadedServer extends ServerNode {
    private static final long HANG_POLL_NANOS = 20_000_000L;
    private final LabClock clock;
    private final Threads workerThreads;
    private final Threads heartbeatThread;
    private final ExecutorService heartbeatResponder;
    private volatile ThreadPoolExecutor workers;

    ThreadedServer(ServerSpec spec, LabClock clock, LoadStats stats, long seed) {
        super(spec, stats, seed);
        this.clock = clock;
        this.workerThreads = Threads.numbered(spec.id() + "-worker");
        this.heartbeatThread = Threads.numbered(spec.id() + "-heartbeat");
        this.heartbeatResponder = Executors.newSingleThreadExecutor(heartbeatThread);
        this.workers = newPool();
    }

    private ThreadPoolExecutor newPool() {
        int queue = spec().queueCapacity();
        return new ThreadPoolExecutor(
                spec().workers(),
                spec().workers(),
                0,
                TimeUnit.MILLISECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                workerThreads);
    }

    @Override
    void submit(Attempt attempt) {
        if (!alive()) {
            attempt.end(Outcome.REJECTED);
            return;
        }
        try {
            workers.execute(new Work(attempt));
        } catch (RejectedExecutionException e) {
            attempt.end(Outcome.REJECTED);
        }
    }

    @Override
    CompletableFuture<Boolean> heartbeat() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        heartbeatResponder.execute(() -> answer(answer));
        return answer;
    }

    @Override
    void resetAll() {
        for (Runnable r : workers.shutdownNow()) {
            ((Work) r).attempt.end(Outcome.RESET);
        }
    }

    @Override
    void startEmpty() {
        workers = newPool();
    }

    @Override
    void shutdown() {
        crash();
        heartbeatResponder.shutdownNow();
    }

    @Override
    void awaitTermination(long deadlineNanos) throws InterruptedException {
        workerThreads.awaitEnd(deadlineNanos);
        heartbeatThread.awaitEnd(deadlineNanos);
    }

    private final class Work implements Runnable {
        private final Attempt attempt;

        Work(Attempt attempt) {
            this.attempt = attempt;
        }

        @Override
        public void run() {
            if (answersWithError()) {
                attempt.end(Outcome.ERROR);
                return;
            }
            try {
                while (hung()) {
                    clock.sleepUntil(clock.labNanos() + HANG_POLL_NANOS);
                }
                clock.sleepUntil(clock.labNanos() + serviceNanos(attempt));
                attempt.end(alive() ? Outcome.OK : Outcome.RESET);
            } catch (InterruptedException e) {
                attempt.end(Outcome.RESET);
            }
        }
    }
}
