package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.byId;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.load;
import static dev.balancelab.balancing.Fixtures.request;
import static dev.balancelab.balancing.Fixtures.retry;
import static dev.balancelab.balancing.Fixtures.servers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Random, weighted random and power of two choices; fixed seeds, stated tolerances. */
class RandomPickersTest {
    private static final int PICKS = 100_000;

    @Test
    void weightedRandomMatchesWeightsWithinOnePercentagePoint() {
        Map<String, Integer> counts = count(new WeightedRandom().newPicker(endpoints("a:5,b:3,c:2"), CONFIG));
        assertEquals(0.5, counts.get("a") / (double) PICKS, 0.01);
        assertEquals(0.3, counts.get("b") / (double) PICKS, 0.01);
        assertEquals(0.2, counts.get("c") / (double) PICKS, 0.01);
    }

    @Test
    void weightedRandomSumsLargeWeightsWithoutOverflow() {
        Map<String, Integer> counts =
                count(new WeightedRandom().newPicker(endpoints("a:2147483647,b:2147483647,c:2147483647"), CONFIG));
        for (String id : List.of("a", "b", "c")) {
            assertEquals(1 / 3.0, counts.get(id) / (double) PICKS, 0.01, id);
        }
    }

    @Test
    void randomIgnoresWeights() {
        Map<String, Integer> counts = count(new UniformRandom().newPicker(endpoints("a:5,b:3,c:2"), CONFIG));
        for (String id : List.of("a", "b", "c")) {
            assertEquals(1 / 3.0, counts.get(id) / (double) PICKS, 0.01, id);
        }
    }

    @Test
    void weightedRandomNeverPicksTriedWhileOthersRemain() {
        Picker picker = new WeightedRandom().newPicker(endpoints("a:100,b:1,c:1"), CONFIG);
        for (int i = 0; i < 1000; i++) {
            assertNotEquals("a", picker.pick(retry("k", "a")).id().value());
        }
    }

    @Test
    void sameSeedReplaysTheSameSequence() {
        List<Endpoint> es = endpoints("a,b,c,d");
        assertEquals(
                Fixtures.picks(new UniformRandom().newPicker(es, CONFIG), 50),
                Fixtures.picks(new UniformRandom().newPicker(es, CONFIG), 50));
    }

    @Test
    void twoChoicesPicksTheLessLoadedOfTwoDistinctCandidates() {
        List<Endpoint> es = endpoints("a,b");
        load(byId(es, "a"), 1);
        Picker picker = new PowerOfTwoChoices().newPicker(es, CONFIG);
        for (int i = 0; i < 100; i++) {
            Decision d = picker.decide(request(i));
            assertEquals("b", d.chosen().id().value(), d.reasons().toString());
            String candidates = d.reasons().get(1);
            assertTrue(candidates.contains("a (1 in flight)") && candidates.contains("b (0 in flight)"), candidates);
        }
    }

    @Test
    void twoChoicesMaxLoadFarBelowRandomForNBallsIntoNBins() {
        int n = 10_000;
        int randomMax = maxLoadAfterNBalls(new UniformRandom(), n);
        int twoChoicesMax = maxLoadAfterNBalls(new PowerOfTwoChoices(), n);
        // Theory: random ~ ln n / ln ln n (about 4, in practice 7..8); two choices ln ln n / ln 2 + O(1) (3..4).
        assertTrue(randomMax >= 6, "random max load " + randomMax);
        assertTrue(twoChoicesMax <= 4, "two choices max load " + twoChoicesMax);
    }

    private static int maxLoadAfterNBalls(Algorithm algorithm, int n) {
        List<Endpoint> es = servers(n);
        Picker picker = algorithm.newPicker(es, CONFIG);
        for (int i = 0; i < n; i++) {
            picker.pick(request(i)).stats().attemptStarted();
        }
        return es.stream().mapToInt(e -> e.stats().inFlight()).max().orElseThrow();
    }

    private static Map<String, Integer> count(Picker picker) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < PICKS; i++) {
            ServerId id = picker.pick(request(i)).id();
            counts.merge(id.value(), 1, Integer::sum);
        }
        return counts;
    }
}
