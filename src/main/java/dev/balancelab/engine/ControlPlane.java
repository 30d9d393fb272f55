package dev.balancelab.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The serial control plane: every change of lab state (failure, health transition, weight, algorithm) runs here, one
 * at a time, in the order submitted, and then publishes a new picker. In real time it is one thread
 * ({@code control-plane}); in virtual time its tasks are scheduler tasks due "now". Methods that may only run on it
 * call {@link #checkOnPlane()}.
 */
final class ControlPlane implements AutoCloseable {
    private final Executor executor;
    private final Runnable onClose;
    /** The thread running a control-plane task now, or null between tasks. */
    private volatile Thread runner;

    private ControlPlane(Executor executor, Runnable onClose) {
        this.executor = executor;
        this.onClose = onClose;
    }

    /** A control plane on its own thread; {@link #close()} lets queued tasks finish (for 5 s at most). */
    static ControlPlane onOwnThread() {
        Threads thread = Threads.named("control-plane");
        ExecutorService executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                thread,
                new ThreadPoolExecutor.DiscardPolicy());
        return new ControlPlane(executor, () -> {
            executor.shutdown();
            try {
                thread.awaitEnd(System.nanoTime() + 5_000_000_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A control plane whose tasks run as tasks of {@code scheduler} due at once (virtual time). */
    static ControlPlane on(LabScheduler scheduler) {
        return new ControlPlane(task -> scheduler.at(scheduler.clock().labNanos(), task), () -> {});
    }

    /** Queues {@code task}; returns without waiting. Ignored after {@link #close()}. */
    void execute(Runnable task) {
        executor.execute(() -> {
            runner = Thread.currentThread();
            try {
                task.run();
            } finally {
                runner = null;
            }
        });
    }

    /**
     * Asserts that the caller is a control-plane task.
     *
     * @throws IllegalStateException if called from anywhere else
     */
    void checkOnPlane() {
        if (runner != Thread.currentThread()) {
            throw new IllegalStateException("must run on the control plane, ran on " + Thread.currentThread());
        }
    }

    @Override
    public void close() {
        onClose.run();
    }
}
