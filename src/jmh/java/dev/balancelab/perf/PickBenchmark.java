package dev.balancelab.perf;

import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one {@link Picker#pick} in ns, single-threaded, for every algorithm of the design at 4, 16 and 100 servers
 * (weights 1, 2, 3 in turn), over 1,024 distinct request keys and client addresses. {@code baseline} is
 * {@code ArrayList.get(i % n)} in the same harness: report each algorithm as a ratio to it.
 *
 * <p>A name that is no {@link AlgorithmKind#id()} fails its setup with a message naming the known ids; JMH then goes
 * on with the next one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PickBenchmark {
    private static final String BASELINE = "baseline";
    private static final int REQUESTS = 1024;

    /** Kebab-case algorithm name, or {@code baseline}. */
    @Param({
        BASELINE,
        "round-robin",
        "weighted-round-robin",
        "random",
        "weighted-random",
        "least-connections",
        "weighted-least-connections",
        "least-response-time",
        "power-of-two-choices",
        "ip-hash",
        "consistent-hash",
        "maglev",
        "rendezvous"
    })
    public String algorithm;

    /** Number of available servers. */
    @Param({"4", "16", "100"})
    public int servers;

    private Picker picker;
    private final Request[] requests = new Request[REQUESTS];
    private int next;

    /** Builds the endpoints, the picker and the requests. */
    @Setup
    public void setUp() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            endpoints.add(new Endpoint(ServerId.of("s" + (i + 1)), 1 + i % 3, new LoadStats(10_000)));
        }
        for (int i = 0; i < REQUESTS; i++) {
            requests[i] = Request.of(i, "user-" + i, "10.0." + (i >> 8) + "." + (i & 0xff));
        }
        if (algorithm.equals(BASELINE)) {
            picker = new ListIndexPicker(new ArrayList<>(endpoints));
        } else {
            picker = Algorithms.byId(algorithm).newPicker(endpoints, new PickerConfig(AlgorithmParams.DEFAULT, 1));
        }
    }

    /** One pick. */
    @Benchmark
    public Endpoint pick() {
        return picker.pick(requests[next++ & (REQUESTS - 1)]);
    }

    /** The baseline: {@code list.get(i % n)} with a plain {@code long} counter (an {@code int} overflows in seconds). */
    private static final class ListIndexPicker implements Picker {
        private final ArrayList<Endpoint> endpoints;
        private long i;

        ListIndexPicker(ArrayList<Endpoint> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public Endpoint pick(Request request) {
            return endpoints.get((int) (i++ % endpoints.size()));
        }

        @Override
        public List<Endpoint> endpoints() {
            return endpoints;
        }
    }
}
