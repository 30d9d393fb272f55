package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.picks;
import static dev.balancelab.balancing.Fixtures.retry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundRobinTest {
    private final Algorithm rr = new RoundRobin();

    @Test
    void cyclesIgnoringWeights() {
        assertEquals("a b c a b c a", picks(rr.newPicker(endpoints("a:5,b,c"), CONFIG), 7));
    }

    @Test
    void skipsTriedToTheNextInOrder() {
        Picker picker = rr.newPicker(endpoints("a,b,c"), CONFIG);
        assertEquals("b", picker.pick(retry("k", "a")).id().value());
        assertEquals("a", picker.pick(retry("k", "b", "c")).id().value());
        assertEquals("b", picker.pick(retry("k", "c", "a")).id().value());
    }
}
