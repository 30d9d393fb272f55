package dev.balancelab.engine;

import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.ChallengeVerdict;
import dev.balancelab.telemetry.KeyTally;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.TierCounts;
import java.util.List;
import java.util.function.Consumer;

/**
 * One headless run of a topology for a lab duration at speed 1×, as {@code run}, {@code compare} and {@code check}
 * do it: the engine's events are drained every {@value VirtualLab#SLICE_MS} ms of lab time into a {@link KeyTally} and
 * an optional observer. In virtual time the run replays exactly, and the traffic (arrival times, keys, the scenario)
 * does not depend on the algorithm: every client draws from its own seeded stream, apart from the random pickers', the
 * servers' and the retry jitter's streams, so runs of one file and seed under different algorithms send the very same
 * requests.
 *
 * @param topology the lab; its scenario runs too
 * @param seed the seed
 * @param virtual true for virtual time (discrete events, exact replay), false for real threads on the wall clock
 * @param totalRate a total rate in requests/s that replaces the clients' rates (keeping their proportions), or null
 * @param extra timed events added to the topology's scenario
 * @param durationMs lab time to run, in ms
 */
public record HeadlessRun(
        Topology topology, long seed, boolean virtual, Double totalRate, List<ScenarioEvent> extra, long durationMs) {
    private static final int EVENT_CAPACITY = 1 << 17;

    /** Copies {@code extra}. */
    public HeadlessRun {
        extra = List.copyOf(extra);
    }

    /**
     * What a run measured.
     *
     * @param algorithm the algorithm's id
     * @param snapshot the figures at the end
     * @param history health transitions, ejections and injections, oldest first
     * @param keys key affinity and load
     * @param eventsDropped events the drain missed (0 unless the rate is extreme); {@code keys} undercounts then
     * @param tier the balancer tier's figures (balancers, DNS, client retries)
     */
    public record Result(
            String algorithm,
            MetricsSnapshot snapshot,
            List<LabEvent> history,
            KeyTally keys,
            long eventsDropped,
            TierCounts tier) {
        /** What {@code engine} measured so far, with {@code keys} tallied from its events. */
        public static Result of(LabEngine engine, KeyTally keys) {
            return new Result(
                    engine.algorithm().id(),
                    engine.snapshot(),
                    engine.history(),
                    keys,
                    engine.events().dropped(),
                    engine.tier());
        }
    }

    /** The run a challenge's check makes: virtual time, the challenge's seed and duration, the file's own scenario. */
    public static HeadlessRun of(Topology topology, Challenge challenge) {
        return new HeadlessRun(topology, challenge.seed(), true, null, List.of(), challenge.durationMs());
    }

    /** Runs {@code challenge} on {@code topology} and measures its bounds. */
    public static ChallengeVerdict check(Topology topology, Challenge challenge) throws InterruptedException {
        Result r = of(topology, challenge).run();
        return ChallengeVerdict.of(challenge, r.snapshot(), r.keys());
    }

    /** Runs it with no observer. */
    public Result run() throws InterruptedException {
        return run(e -> {});
    }

    /**
     * Runs it, handing every event to {@code observer} on the calling thread.
     *
     * @throws InterruptedException if interrupted while a real-time run waits
     */
    public Result run(Consumer<? super LabEvent> observer) throws InterruptedException {
        if (virtual) {
            try (VirtualLab lab = new VirtualLab(topology, seed, observer)) {
                prepare(lab.engine());
                lab.runTo(durationMs);
                lab.engine().stopTraffic();
                lab.drain();
                return Result.of(lab.engine(), lab.keys());
            }
        }
        KeyTally keys = new KeyTally();
        Consumer<LabEvent> sink = keys.andThen(observer);
        try (LabEngine engine = LabEngine.realTime(topology, seed, EVENT_CAPACITY)) {
            prepare(engine);
            while (engine.labNanos() < durationMs * 1_000_000) {
                Thread.sleep(5);
                engine.events().drain(sink, Integer.MAX_VALUE);
            }
            engine.stopTraffic();
            engine.events().drain(sink, Integer.MAX_VALUE);
            return Result.of(engine, keys);
        }
    }

    private void prepare(LabEngine engine) {
        if (totalRate != null) {
            engine.setTotalRate(totalRate);
        }
        extra.forEach(engine::schedule);
        engine.start();
    }
}
