package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.Outcome;
import java.util.SplittableRandom;
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
 * <p>{@link #inject} puts it into a {@link FailureMode}. A crash makes it stop answering: queued and running attempts
 * end {@link Outcome#RESET}, new ones are refused ({@link Outcome#REJECTED}) and heartbeats go unanswered; leaving the
 * crash starts it again, empty. A hang holds workers and heartbeats without answering; slow multiplies service time;
 * error rate and gray failure answer requests with {@link Outcome#ERROR} (gray: always, while heartbeats pass).
 */
final class ServerNode implements AutoCloseable {
    private static final long HANG_POLL_NANOS = 20_000_000L;
    private final ServerSpec spec;
    private final LabClock clock;
    private final LoadStats stats;
    private final ExecutorService heartbeatResponder;
    private final LongAdder completed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile ThreadPoolExecutor workers;
    private volatile boolean alive = true;
    private volatile FailureMode failure = FailureMode.NONE;
    /** Guarded by itself. */
    private final SplittableRandom errorDraws;

    /**
     * @param seed seeds the error-rate draws, so a seeded run injects the same errors in the same order
     */
    ServerNode(ServerSpec spec, LabClock clock, LoadStats stats, long seed) {
        this.errorDraws = new SplittableRandom(seed);
        this.spec = spec;
        this.clock = clock;
        this.stats = stats;
        this.heartbeatResponder = Executors.newSingleThreadExecutor(named(spec.id() + "-heartbeat"));
        this.workers = newPool();
    }

    private ThreadPoolExecutor newPool() {
        int queue = spec.queueCapacity();
        var pool = new ThreadPoolExecutor(
                spec.workers(),
                spec.workers(),
                0,
                TimeUnit.MILLISECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                named(spec.id() + "-worker"));
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
            if (alive && failure.kind() != FailureKind.HANG) {
                answer.complete(null);
            }
        });
        return answer;
    }

    /**
     * Puts the server into {@code mode}. A crash, and the first half period of flapping, kill the process; any other
     * mode runs it (restarted empty if it was down).
     */
    void inject(FailureMode mode) {
        failure = mode;
        if (mode.kind() == FailureKind.CRASH || mode.kind() == FailureKind.FLAPPING) {
            crash();
        } else {
            restart();
        }
    }

    FailureMode failure() {
        return failure;
    }

    /** Flapping: crashes a running server, restarts a crashed one. */
    void toggle() {
        if (alive) {
            crash();
        } else {
            restart();
        }
    }

    private void crash() {
        alive = false;
        for (Runnable r : workers.shutdownNow()) {
            ((Work) r).attempt.end(Outcome.RESET);
        }
    }

    private void restart() {
        if (!alive) {
            workers = newPool();
            alive = true;
        }
    }

    private double sampleServiceMs() {
        FailureMode f = failure;
        double mean = spec.serviceTime().meanMs() * (f.kind() == FailureKind.SLOW ? f.slowFactor() : 1);
        if (spec.serviceTime().distribution() == Distribution.FIXED) {
            return mean;
        }
        return -mean * Math.log(1 - ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public void close() {
        crash();
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

    private boolean answersWithError() {
        FailureMode f = failure;
        if (f.kind() != FailureKind.ERROR_RATE) {
            return f.kind() == FailureKind.GRAY;
        }
        synchronized (errorDraws) {
            return errorDraws.nextDouble() < f.errorRate();
        }
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
                while (failure.kind() == FailureKind.HANG) {
                    clock.sleepUntil(clock.labNanos() + HANG_POLL_NANOS);
                }
                clock.sleepUntil(clock.labNanos() + (long) (sampleServiceMs() * 1e6));
                attempt.end(alive ? Outcome.OK : Outcome.RESET);
            } catch (InterruptedException e) {
                attempt.end(Outcome.RESET);
            }
        }
    }
}
