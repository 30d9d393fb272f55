package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.picks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.ServerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HAProxy {@code balance roundrobin} ({@code src/lb_fwrr.c}). The 5/1/1 sequence is the one HAProxy 2.6.12 sent on
 * loopback ({@code docs/fidelity.md}, "HAProxy roundrobin 5/1/1, 14 requests"); the others follow the same code by hand
 * and are checked in the same table.
 */
class HaproxyRoundRobinTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a:5,b:1,c:1 | a a a b a a c a a a b a a c",
                "a,b,c       | a b c a b c a",
                "a:3,b:2,c:1 | a b a c a b a b a c a b",
            })
    void picksInHaproxysOrder(String servers, String expected) {
        Picker picker = new HaproxyRoundRobin().newPicker(endpoints(servers), CONFIG);
        assertEquals(expected, picks(picker, expected.split(" ").length));
    }

    /**
     * A retry that must avoid a, as HAProxy's {@code srvtoavoid}: a is taken out with its turn used, b answers, and a
     * goes back after b (traced through {@code fwrr_get_next_server} by hand).
     */
    @Test
    void aRetrySkipsTheTriedServerWhichLosesItsTurn() {
        Picker picker = new HaproxyRoundRobin().newPicker(endpoints("a:5,b:1,c:1"), CONFIG);
        assertEquals("b", picker.pick(Fixtures.retry("k", "a")).id().value());
        assertEquals("a a a a c a", picks(picker, 6));
    }

    /** A rebuild over the same servers and weights continues the cycle; a change of the set starts a new one. */
    @Test
    void theCycleContinuesAcrossARebuildOverTheSameServers() {
        LoadBalancer lb = new LoadBalancer(new HaproxyRoundRobin(), CONFIG);
        lb.putServers(endpoints("a:5,b:1,c:1"));
        assertEquals("a a a", picks(lb.picker(), 3));
        lb.putServer(ServerId.of("b"), 1, new LoadStats(1000));
        assertEquals("b a a c", picks(lb.picker(), 4));
        lb.setAvailable(ServerId.of("c"), false);
        assertEquals("a a a a a b", picks(lb.picker(), 6));
    }
}
