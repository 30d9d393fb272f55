package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.picks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmoothWeightedRoundRobinTest {
    private final Algorithm swrr = new SmoothWeightedRoundRobin();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a:5,b:1,c:1 | a a b a c a a a a b a c a a",
                "a,b,c       | a b c a b c",
                "a:3,b:2,c:1 | a b a c b a a b a c b a",
                "a:2,b:1     | a b a a b a",
                "a:1,b:4     | b b a b b b b a b b",
                "a:2147483647,b:2147483647,c:2147483647 | a b c a b c a b c",
                "a:2147483647,b:1073741824 | a b a a b a",
            })
    void followsNginxSequence(String servers, String expected) {
        Picker picker = swrr.newPicker(endpoints(servers), CONFIG);
        assertEquals(expected, picks(picker, expected.split(" ").length));
    }

    @Test
    void skipsTriedWithoutAdvancingTheirCurrentWeight() {
        Picker picker = swrr.newPicker(endpoints("a:5,b:1,c:1"), CONFIG);
        assertEquals("b", picker.pick(Fixtures.retry("k", "a")).id().value());
        // a's current weight stayed 0; b's is now 1 - 2 = -1, c's is 1: the next picks are a, a, c ...
        assertEquals("a a c", picks(picker, 3));
    }

    @Test
    void decideExplainsCurrentWeights() {
        Decision d = swrr.newPicker(endpoints("a:5,b:1,c:1"), CONFIG).decide(Fixtures.request(0));
        assertEquals("a", d.chosen().id().value());
        assertEquals(
                List.of(
                        "smooth weighted round robin: add weights, pick the largest, subtract the total",
                        "current before: a=0 b=0 c=0",
                        "after adding: a=5 b=1 c=1 -> a",
                        "after subtracting 7: a=-2 b=1 c=1"),
                d.reasons());
    }
}
