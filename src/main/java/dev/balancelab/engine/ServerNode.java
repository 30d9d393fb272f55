package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.data.KeyCache;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.Outcome;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * One backend server: {@code workers} slots behind a bounded queue of {@code queueCapacity}. A request holds a slot
 * for its service time, in lab time. {@link ThreadedServer} runs the slots as real threads, {@link SimulatedServer} as
 * scheduled completions in virtual time; this class holds what they share: the failure semantics and the seeded
 * draws.
 *
 * <p>{@link #inject} puts it into a {@link FailureMode}. A crash makes it stop answering: queued and running attempts
 * end {@link Outcome#RESET}, new ones are refused ({@link Outcome#REJECTED}) and so are heartbeats, at once, as a
 * crashed process's port refuses connections; leaving the crash starts it again, empty. A hang holds slots and
 * heartbeats without answering; slow multiplies service time; error rate and gray failure answer requests with {@link
 * Outcome#ERROR} (gray: always, while heartbeats pass).
 *
 * <p>A server with a {@link dev.balancelab.domain.CacheSpec cache} looks each attempt's key up when the attempt takes a
 * slot: a hit holds the slot for the cache's {@code hitMs}, a miss for a drawn service time, and a served miss fills
 * the cache ({@link #served}). A crash empties the cache: the process comes back cold.
 */
abstract class ServerNode {
    private final ServerSpec spec;
    private final LoadStats stats;
    private final LongAdder completed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    /** Service-time and error-rate draws; guarded by itself. */
    private final SplittableRandom draws;
    /** The server's key cache, or null if it has none. */
    private final KeyCache cache;

    /** The storage tier a miss reads or writes, or null if the lab has none. */
    private volatile StorageTier storage;

    private volatile boolean alive = true;
    private volatile Consumer<Boolean> aliveChanged = alive -> {};
    private volatile FailureMode failure = FailureMode.NONE;

    /** @param seed seeds the service times and error draws, so a seeded run draws the same ones in the same order */
    ServerNode(ServerSpec spec, LoadStats stats, long seed) {
        this.spec = spec;
        this.stats = stats;
        this.draws = new SplittableRandom(seed);
        this.cache = spec.cache() == null ? null : KeyCache.of(spec.cache());
    }

    /** The server's key cache, or null if it has none. */
    final KeyCache cache() {
        return cache;
    }

    final ServerSpec spec() {
        return spec;
    }

    final LoadStats stats() {
        return stats;
    }

    final boolean alive() {
        return alive;
    }

    final long completed() {
        return completed.sum();
    }

    final long failed() {
        return failed.sum();
    }

    final void countOutcome(Outcome outcome) {
        (outcome.ok() ? completed : failed).increment();
    }

    final FailureMode failure() {
        return failure;
    }

    /** Whether the server holds work and heartbeats without answering. */
    final boolean hung() {
        return failure.kind() == FailureKind.HANG;
    }

    /**
     * Queues one job. Never blocks: if the server is dead or its queue is full the job ends
     * {@link Outcome#REJECTED} at once.
     */
    abstract void submit(Job job);

    /**
     * Sends one heartbeat (active checks), answered on the server's heartbeat thread.
     *
     * @return a future completed with true when the server answers, with false when it refuses (dead: at once);
     *     never completed by a hung server
     */
    final CompletableFuture<Boolean> heartbeat() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        onHeartbeatThread(() -> answer(answer));
        return answer;
    }

    /**
     * Push heartbeats: the server's own heartbeat thread sends one heartbeat, that is runs {@code deliver}, unless the
     * server is dead. A hang or gray failure of the request threads does not stop it.
     */
    final void push(Runnable deliver) {
        onHeartbeatThread(() -> {
            if (alive) {
                deliver.run();
            }
        });
    }

    /** Runs {@code task} on the server's heartbeat thread (at once in virtual time). */
    abstract void onHeartbeatThread(Runnable task);

    /** Completes {@code answer}: false if the server is dead, true if it runs; a hung server leaves it pending. */
    final void answer(CompletableFuture<Boolean> answer) {
        if (!alive) {
            answer.complete(false);
        } else if (!hung()) {
            answer.complete(true);
        }
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

    /** Flapping: crashes a running server, restarts a crashed one. */
    final void toggle() {
        if (alive) {
            crash();
        } else {
            restart();
        }
    }

    final void crash() {
        alive = false;
        resetAll();
        aliveChanged.accept(false);
        if (cache != null) {
            cache.clear();
        }
    }

    private void restart() {
        if (!alive) {
            startEmpty();
            alive = true;
            aliveChanged.accept(true);
        }
    }

    /**
     * Tells {@code listener} each time the process crashes (false, also when it already was down) or starts again
     * (true), after the fact, on the thread that changed it (the control plane, or {@link #shutdown()}'s caller).
     */
    final void onAliveChanged(Consumer<Boolean> listener) {
        aliveChanged = listener;
    }

    /** Ends every queued and running attempt {@link Outcome#RESET} and frees every slot. */
    abstract void resetAll();

    /** Gets ready to take work again after a crash. */
    abstract void startEmpty();

    /** Crashes the server for good and starts stopping its threads, without waiting. */
    abstract void shutdown();

    /**
     * Waits for the threads {@link #shutdown()} stopped to end.
     *
     * @param deadlineNanos {@link System#nanoTime()} after which it gives up
     */
    abstract void awaitTermination(long deadlineNanos) throws InterruptedException;

    /** Sends the server's cache misses and writes to {@code tier}; call before traffic starts. */
    final void useStorage(StorageTier tier) {
        this.storage = tier;
    }

    /**
     * The service time of a job that takes a slot, in lab ns: {@code hitMs} if it is a read whose key is cached (and
     * marks it a hit), else {@link #sampleServiceNanos()}, after the storage tier's read or write of the key when the
     * lab has one (a write always goes to it: the cache is write-through). An operation that misses its quorum fails
     * the job at once ({@link #outcome}). Simulated attempts and work that reached the backend port over HTTP are
     * served alike (one data plane).
     */
    final long serviceNanos(Job job) {
        String key = job.key();
        boolean write = job.write();
        if (cache != null && key != null && !write && cache.lookup(key)) {
            job.cacheHit = true;
            return spec.cache().hitMs() * 1_000_000L;
        }
        StorageTier tier = storage;
        if (tier == null || key == null) {
            return sampleServiceNanos();
        }
        StorageAnswer r = tier.operate(job, spec.id());
        job.storage = r;
        return r.ok() ? r.nanos() + sampleServiceNanos() : 0;
    }

    /** How a job that held its slot for {@link #serviceNanos} ends: an error if its storage quorum failed, else OK. */
    static Outcome outcome(Job job) {
        StorageAnswer s = job.storage;
        return s != null && !s.ok() ? Outcome.ERROR : Outcome.OK;
    }

    /** After {@code job} was served: a miss fills the cache with its key. */
    final void served(Job job) {
        if (cache != null && !job.cacheHit && job.key() != null) {
            cache.fill(job.key());
        }
    }

    /** Draws one service time in lab ns: the spec's mean (times the slow factor), fixed or exponential. */
    private long sampleServiceNanos() {
        FailureMode f = failure;
        double meanMs = spec.serviceTime().meanMs() * (f.kind() == FailureKind.SLOW ? f.slowFactor() : 1);
        if (spec.serviceTime().distribution() == Distribution.FIXED) {
            return (long) (meanMs * 1e6);
        }
        synchronized (draws) {
            return (long) (-meanMs * Math.log(1 - draws.nextDouble()) * 1e6);
        }
    }

    /** Whether this request is answered with an error (error rate: a seeded draw; gray: always). */
    final boolean answersWithError() {
        FailureMode f = failure;
        if (f.kind() != FailureKind.ERROR_RATE) {
            return f.kind() == FailureKind.GRAY;
        }
        synchronized (draws) {
            return draws.nextDouble() < f.errorRate();
        }
    }
}
