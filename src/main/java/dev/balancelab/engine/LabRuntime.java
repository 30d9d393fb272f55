package dev.balancelab.engine;

import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.ServerSpec;
import java.util.function.BooleanSupplier;

/**
 * What drives the engine model: its clock, scheduler, control plane and servers. The model is the same in both
 * runtimes ("one model, two clocks", DESIGN.md): {@link #realTime()} runs on the wall clock with real threads,
 * {@link #virtualTime(VirtualScheduler)} on a discrete-event queue driven by one thread.
 */
interface LabRuntime extends AutoCloseable {
    LabClock clock();

    LabScheduler scheduler();

    ControlPlane controlPlane();

    /** A server for {@code spec}; {@code seed} seeds its service times and error draws. */
    ServerNode server(ServerSpec spec, LoadStats stats, long seed);

    /**
     * Lets time pass until {@code condition} holds or {@code timeoutMs} have passed: real ms in real time, virtual
     * ms (run on the calling thread) in virtual time.
     *
     * @return whether {@code condition} holds
     */
    boolean await(BooleanSupplier condition, long timeoutMs) throws InterruptedException;

    /** Stops the scheduler and the control plane. */
    @Override
    void close();

    /** Wall-clock time, a scheduler with its own timer and work threads, a control-plane thread, worker threads. */
    static LabRuntime realTime() {
        LabClock clock = LabClock.system();
        int workThreads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new Parts(clock, new RealTimeScheduler(clock, workThreads), ControlPlane.onOwnThread());
    }

    /** Virtual time on {@code scheduler}: no thread of its own, simulated worker slots. */
    static LabRuntime virtualTime(VirtualScheduler scheduler) {
        return new Parts(scheduler.clock(), scheduler, ControlPlane.on(scheduler));
    }

    /** The two runtimes differ only in their parts; a {@link VirtualScheduler} means simulated servers. */
    record Parts(LabClock clock, LabScheduler scheduler, ControlPlane controlPlane) implements LabRuntime {
        @Override
        public ServerNode server(ServerSpec spec, LoadStats stats, long seed) {
            return scheduler instanceof VirtualScheduler
                    ? new SimulatedServer(spec, scheduler, stats, seed)
                    : new ThreadedServer(spec, clock, stats, seed);
        }

        @Override
        public boolean await(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
            if (scheduler instanceof VirtualScheduler virtual) {
                return virtual.runUntil(condition, timeoutMs);
            }
            long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
            while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return condition.getAsBoolean();
        }

        @Override
        public void close() {
            scheduler.close();
            controlPlane.close();
        }
    }
}
