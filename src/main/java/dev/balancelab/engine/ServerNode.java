package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.Outcome;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One backend server as real threads: a pool of {@code workers} named platform threads ({@code s1-worker-0}, ...)
 * behind a bounded queue of {@code queueCapacity}, and a heartbeat responder thread ({@code s1-heartbeat}). A request
 * holds a worker for its service time, in lab time.
 *
 * <p>{@link #kill()} makes the server stop answering: queued and running attempts end {@link Outcome#RESET}, new ones
 * are refused ({@link Outcome#REJECTED}) and heartbeats go unanswered. {@link #revive()} starts it again, empty.
 */
final class ServerNode implements AutoCloseable {
    private final ServerSpec spec;
    private final LabClock clock;
    private final LoadStats stats;
    private final ExecutorService heartbeatResponder;
    private final LongAdder completed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile ThreadPoolExecutor workers;
    private volatile boolean alive = true;

    ServerNode(ServerSpec spec, LabClock clock, LoadStats stats) {
        this.spec = spec;
        this.clock = clock;
        this.stats = stats;
        this.heartbeatResponder = Executors.newSingleThreadExecutor(named(spec.id() + "-heartbeat"));
        this.workers = newPool();
    }

    private ThreadPoolExecutor newPool() {
        int queue = spec.queueCapacity();
        var pool = new ThreadPoolExecutor(spec.workers(), spec.workers(), 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), named(spec.id() + "-worker"));
        pool.prestartAllCoreThreads();
        return pool;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
    }

    ServerSpec spec() {
        return spec;
    }

    LoadStats stats() {
        return stats;
    }

    boolean alive() {
        return alive;
    }

    long completed() {
        return completed.sum();
    }

    long failed() {
        return failed.sum();
    }

    void countOutcome(Outcome outcome) {
        (outcome.ok() ? completed : failed).increment();
    }

    /**
     * Queues one attempt. Never blocks: if the server is dead or its queue is full the attempt ends
     * {@link Outcome#REJECTED} at once.
     */
    void submit(Attempt attempt) {
        if (!alive) {
            attempt.end(Outcome.REJECTED);
            return;
        }
        try {
            workers.execute(new Work(attempt));
        } catch (RejectedExecutionException e) {
            attempt.end(Outcome.REJECTED);
        }
    }

    /**
     * Sends one heartbeat to the responder thread.
     *
     * @return a future completed when the server answers; never completed by a dead server
     */
    CompletableFuture<Void> heartbeat() {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        heartbeatResponder.execute(() -> {
            if (alive) {
                answer.complete(null);
            }
        });
        return answer;
    }

    /** Crashes the server: its queued and running attempts end RESET. */
    void kill() {
        alive = false;
        for (Runnable r : workers.shutdownNow()) {
            ((Work) r).attempt.end(Outcome.RESET);
        }
    }

    /** Starts a crashed server again with an empty queue and fresh worker threads. */
    void revive() {
        if (!alive) {
            workers = newPool();
            alive = true;
        }
    }

    private double sampleServiceMs() {
        double mean = spec.serviceTime().meanMs();
        if (spec.serviceTime().distribution() == Distribution.FIXED) {
            return mean;
        }
        return -mean * Math.log(1 - ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public void close() {
        kill();
        heartbeatResponder.shutdownNow();
        await(workers);
        await(heartbeatResponder);
    }

    private static void await(ExecutorService pool) {
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Work implements Runnable {
        private final Attempt attempt;

        Work(Attempt attempt) {
            this.attempt = attempt;
        }

        @Override
        public void run() {
            try {
                clock.sleepUntil(clock.labNanos() + (long) (sampleServiceMs() * 1e6));
                attempt.end(alive ? Outcome.OK : Outcome.RESET);
            } catch (InterruptedException e) {
                attempt.end(Outcome.RESET);
            }
        }
    }
}
