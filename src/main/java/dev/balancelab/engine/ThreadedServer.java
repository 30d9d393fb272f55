package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.Outcome;
import java.util.concurrent.ArrayBlockingQueue;
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
    void submit(Job job) {
        if (!alive()) {
            job.end(Outcome.REJECTED);
            return;
        }
        try {
            workers.execute(new Work(job));
        } catch (RejectedExecutionException e) {
            job.end(Outcome.REJECTED);
        }
    }

    @Override
    void onHeartbeatThread(Runnable task) {
        try {
            heartbeatResponder.execute(task);
        } catch (RejectedExecutionException shutDown) {
            // the lab is closing: no more heartbeats
        }
    }

    @Override
    void resetAll() {
        for (Runnable r : workers.shutdownNow()) {
            ((Work) r).job.end(Outcome.RESET);
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
        private final Job job;

        Work(Job job) {
            this.job = job;
        }

        @Override
        public void run() {
            if (answersWithError()) {
                job.end(Outcome.ERROR);
                return;
            }
            try {
                while (hung()) {
                    clock.sleepUntil(clock.labNanos() + HANG_POLL_NANOS);
                }
                clock.sleepUntil(clock.labNanos() + serviceNanos(job));
                job.end(alive() ? outcome(job) : Outcome.RESET);
            } catch (InterruptedException e) {
                job.end(Outcome.RESET);
            }
        }
    }
}
