package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.balancelab.domain.ServerId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * nginx-ip-hash and nginx-consistent-hash against nginx 1.22.1 (Debian nginx-light) on loopback,
 * {@code tools/fidelity/run.sh}: the picks below are what nginx sent.
 */
class NginxHashingTest {
    /** Client i of 1..20 is 127.0.(11 i mod 256).(i + 1): twenty /24 networks. */
    private static final List<String> CLIENTS = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> "127.0." + (i * 11 % 256) + "." + (i + 1))
            .toList();

    @Test
    void ipHashSendsEachClientWhereNginxIpHashDoes() {
        Picker picker = new NginxIpHash().newPicker(endpoints("a:2,b,c"), CONFIG);
        String picks = CLIENTS.stream()
                .map(c -> picker.pick(Request.of(0, "k", c)).id().value())
                .collect(Collectors.joining(" "));
        assertEquals("c b a a c b a a c b a a c b a a c b a a", picks);
    }

    @Test
    void ipHashLooksAtTheFirstThreeOctetsOnly() {
        Picker picker = new NginxIpHash().newPicker(endpoints("a,b,c,d,e"), CONFIG);
        Set<ServerId> servers = IntStream.range(0, 256)
                .mapToObj(i -> picker.pick(Request.of(i, "k", "192.0.2." + i)).id())
                .collect(Collectors.toSet());
        assertEquals(1, servers.size());
    }

    @Test
    void ipHashReadsOctetsAndFallsBackToNginxsPseudoAddress() {
        assertArrayEquals(new int[] {10, 1, 2}, NginxIpHash.firstThreeOctets("10.1.2.3"));
        assertArrayEquals(new int[3], NginxIpHash.firstThreeOctets("user-7"));
        assertArrayEquals(new int[3], NginxIpHash.firstThreeOctets("10.1.2.300"));
    }

    /** A retry goes on with the next rounds of the same hash chain, as nginx does with the tried peer's bit set. */
    @Test
    void ipHashRetryAvoidsTheTriedServer() {
        Picker picker = new NginxIpHash().newPicker(endpoints("a,b,c"), CONFIG);
        Request first = Request.of(1, "k", "127.0.11.2");
        ServerId firstPick = picker.pick(first).id();
        ServerId retry = picker.pick(new Request(1, "k", "127.0.11.2", Set.of(firstPick)))
                .id();
        assertNotEquals(firstPick, retry);
    }

    @Test
    void consistentHashSendsEachKeyWhereNginxHashConsistentDoes() {
        Picker picker = new NginxConsistentHash().newPicker(endpoints("a,b:2,c"), CONFIG);
        String first20 = IntStream.range(0, 20)
                .mapToObj(i -> picker.pick(Request.of(i, "user-" + i, "127.0.0.1"))
                        .id()
                        .value())
                .collect(Collectors.joining(" "));
        assertEquals("c b a b a b a b b c b c b b b b c b b b", first20);
        Map<String, Integer> shares = new TreeMap<>();
        for (int i = 0; i < 1000; i++) {
            shares.merge(
                    picker.pick(Request.of(i, "user-" + i, "127.0.0.1")).id().value(), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 222, "b", 504, "c", 274), shares);
    }

    /** ngx_http_upstream_init_chash: 160 points per weight unit, point j = crc32(host, 0, port, point j-1). */
    @Test
    void ringHas160PointsPerWeightUnitChainedFromTheServerName() {
        long[] ring = NginxConsistentHash.ring(endpoints("a,b:2"));
        assertEquals(480, ring.length);
        byte[] first = {'a', 0, '8', '0', '8', '0', 0, 0, 0, 0};
        long point = NginxConsistentHash.crc32(first);
        assertEquals(
                1,
                Arrays.stream(ring).filter(e -> e >>> 20 == point).count(),
                "a's first point is crc32(\"a\\0\" \"8080\" 00000000)");
    }
}
