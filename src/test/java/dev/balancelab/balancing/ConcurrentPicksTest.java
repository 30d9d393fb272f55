package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.AlgorithmKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Data-plane threads pick concurrently: whole cycles must still come out exact. */
class ConcurrentPicksTest {
    @ParameterizedTest
    @EnumSource(
            value = AlgorithmKind.class,
            names = {"WEIGHTED_ROUND_ROBIN", "ROUND_ROBIN"})
    void concurrentPicksKeepExactCycleCounts(AlgorithmKind kind) throws Exception {
        Algorithm algorithm = Algorithms.of(kind);
        Picker picker = algorithm.newPicker(endpoints("a:5,b:1,c:1"), CONFIG);
        int threads = 4;
        int perThread = 7 * 3 * 2_000; // whole cycles for both algorithms
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        counts.computeIfAbsent(picker.pick(request(i)).id().value(), k -> new LongAdder())
                                .increment();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long total = (long) threads * perThread;
        boolean weighted = kind.weighted();
        assertEquals(weighted ? total * 5 / 7 : total / 3, counts.get("a").sum());
        assertEquals(weighted ? total / 7 : total / 3, counts.get("b").sum());
    }
}
