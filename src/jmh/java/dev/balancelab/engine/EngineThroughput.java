package dev.balancelab.engine;

import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.perf.LabTopologies;
import dev.balancelab.resilience.RetryPolicy;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.EventQueue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Headless benchmark: requests/s through the engine's data plane (round-robin picker, {@link Dispatcher}, accounting,
 * latency recording and the {@link ServerNode} worker pools) with 0 ms service time, against raw
 * {@link ThreadPoolExecutor}s of the same shape running no-op tasks. One producer thread feeds each, keeping at most
 * {@value #WINDOW} requests in flight, so no queue overflows; rounds alternate and the medians are compared. It sits in
 * the engine package to wire the package-private data plane directly.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.balancelab.engine.EngineThroughput [requestsPerRound [rounds]]}
 * (defaults 300,000 and 5).
 */
public final class EngineThroughput {
    private static final int SERVERS = 4;
    private static final int WORKERS = 2;
    private static final int QUEUE = 10_000;
    private static final int WINDOW = 8_000;
    private static final long POLL_NANOS = 50_000;

    private EngineThroughput() {}

    /** Where the producer sends requests. */
    private interface Target extends AutoCloseable {
        void send(long id);

        long inFlight();

        /** Requests that ended without being served (should stay 0). */
        long rejected();

        @Override
        void close();
    }

    /**
     * Runs the benchmark and prints requests/s per round, the medians and their ratio.
     *
     * @param args optional requests per round and number of rounds
     * @throws Exception if a round fails
     */
    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(
                "engine throughput: %d servers x %d workers, 0 ms service, %d requests per round, "
                        + "%d rounds (after one warm-up round each)%n",
                SERVERS, WORKERS, requests, rounds);
        measure(new Executors(), requests);
        measure(new Engine(), requests);
        double[] baseline = new double[rounds];
        double[] engine = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            baseline[r] = measure(new Executors(), requests);
            engine[r] = measure(new Engine(), requests);
            System.out.printf(
                    "round %d: ThreadPoolExecutor %,.0f req/s, engine %,.0f req/s%n", r + 1, baseline[r], engine[r]);
        }
        double b = median(baseline);
        double e = median(engine);
        System.out.printf(
                "median: ThreadPoolExecutor %,.0f req/s, engine %,.0f req/s, engine/baseline = %.3f%n", b, e, e / b);
    }

    /** Sends {@code n} requests through {@code target}, waits for all to end, returns requests/s of wall time. */
    private static double measure(Target target, int n) {
        try (target) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                while (target.inFlight() >= WINDOW) {
                    LockSupport.parkNanos(POLL_NANOS);
                }
                target.send(i);
            }
            while (target.inFlight() > 0) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            if (target.rejected() > 0) {
                throw new IllegalStateException(target.rejected() + " requests rejected; lower WINDOW");
            }
            return rate;
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<ServerSpec> servers() {
        return LabTopologies.of(SERVERS, WORKERS, QUEUE, ServiceTime.fixed(0), 0, HealthCheckSpec.DEFAULT, 1)
                .servers();
    }

    /** The engine's data plane, wired like {@link LabEngine} without traffic source, prober or control plane. */
    private static final class Engine implements Target {
        private final LabRuntime runtime = LabRuntime.realTime();
        private final LabClock clock = runtime.clock();
        private final Accounting accounting = new Accounting();
        private final Map<ServerId, ServerNode> nodes = new HashMap<>();
        private final Dispatcher dispatcher;
        private final String[] keys = new String[1024];

        Engine() {
            var balancer = new LoadBalancer(
                    Algorithms.of(AlgorithmKind.ROUND_ROBIN), new PickerConfig(AlgorithmParams.DEFAULT, 1));
            for (ServerSpec spec : servers()) {
                ServerNode node = runtime.server(spec, new LoadStats(10_000), 1);
                nodes.put(spec.id(), node);
                balancer.putServer(spec.id(), spec.weight(), node.stats());
            }
            for (int i = 0; i < keys.length; i++) {
                keys[i] = "user-" + i;
            }
            var sinks = new Dispatcher.Sinks(accounting, new EventQueue(0), (server, outcome) -> {});
            var policy = new RetryPolicy(new RetrySpec(1, 0), new SplittableRandom(1));
            var steps = new StepMode(List.of(), clock, () -> 0);
            dispatcher = new Dispatcher(runtime.scheduler(), balancer, nodes, policy, 0, steps, sinks);
            clock.resume();
        }

        @Override
        public void send(long id) {
            var request = new RequestState(id, 0, keys[(int) (id & 1023)], "10.0.0.1", clock.labNanos());
            accounting.sent(id);
            request.onEnd(ok -> accounting.ended(id, ok));
            dispatcher.send(request);
        }

        @Override
        public long inFlight() {
            return accounting.counts().inFlight();
        }

        @Override
        public long rejected() {
            return accounting.counts().failed();
        }

        @Override
        public void close() {
            runtime.close();
            nodes.values().forEach(ServerNode::shutdown);
        }
    }

    /** The baseline: the same pools as plain executors, round robin by request id, no-op tasks. */
    private static final class Executors implements Target {
        private final List<ThreadPoolExecutor> pools = new ArrayList<>();
        private final LongAdder completed = new LongAdder();
        private final Runnable task = completed::increment;
        private long submitted;
        private long rejected;

        Executors() {
            for (ServerSpec spec : servers()) {
                var pool = new ThreadPoolExecutor(
                        WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE));
                pool.prestartAllCoreThreads();
                pools.add(pool);
            }
        }

        @Override
        public void send(long id) {
            submitted++;
            try {
                pools.get((int) (id % pools.size())).execute(task);
            } catch (RejectedExecutionException e) {
                rejected++;
                completed.increment();
            }
        }

        @Override
        public long inFlight() {
            return submitted - completed.sum();
        }

        @Override
        public long rejected() {
            return rejected;
        }

        @Override
        public void close() {
            pools.forEach(ThreadPoolExecutor::shutdownNow);
        }
    }
}
