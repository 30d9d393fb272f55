package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.endpoints;
import static dev.balancelab.balancing.Fixtures.picks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Backup servers, as nginx's {@code backup} (a second peer list tried only when the primary list has no usable peer,
 * {@code ngx_http_upstream_round_robin.c}) and HAProxy's {@code backup} with {@code option allbackups}. The sequences
 * for smooth weighted round robin are the ones real nginx 1.22 sent in {@code docs/fidelity.md}.
 */
class BackupServersTest {
    private static final ServerId A = ServerId.of("a");
    private static final ServerId B = ServerId.of("b");

    /** Primaries a:5 b:1, backups c:2 d:1. */
    private static LoadBalancer balancer(AlgorithmKind kind) {
        LoadBalancer lb = new LoadBalancer(Algorithms.of(kind), CONFIG);
        lb.setBackups(Set.of(ServerId.of("c"), ServerId.of("d")));
        lb.putServers(endpoints("a:5,b:1,c:2,d:1"));
        return lb;
    }

    @Test
    void backupsGetNothingWhilePrimariesAreUpAndShareTheLoadByWeightWhenAllAreDown() {
        LoadBalancer lb = balancer(AlgorithmKind.WEIGHTED_ROUND_ROBIN);
        assertEquals("a a a b a a a a a b a a", picks(lb.picker(), 12));
        lb.setAvailable(A, false);
        assertEquals("b b b", picks(lb.picker(), 3));
        lb.setAvailable(B, false);
        assertEquals("c d c c d c", picks(lb.picker(), 6));
        lb.setAvailable(B, true);
        assertEquals("b b", picks(lb.picker(), 2));
    }

    @Test
    void aDownBackupIsLeftOutAndNothingIsLeftWhenEveryServerIsDown() {
        LoadBalancer lb = balancer(AlgorithmKind.ROUND_ROBIN);
        lb.setAvailable(A, false);
        lb.setAvailable(B, false);
        lb.setAvailable(ServerId.of("c"), false);
        assertEquals("d d d", picks(lb.picker(), 3));
        lb.setAvailable(ServerId.of("d"), false);
        assertNull(lb.picker().pick(Fixtures.request(1)));
    }

    /**
     * Every algorithm honours it, since the balancer hands each one only the servers of the tier in use. (The test's
     * clients share one /24, so {@code nginx-ip-hash} sends them all to one server, as nginx would.)
     */
    @ParameterizedTest
    @EnumSource(AlgorithmKind.class)
    void everyAlgorithmPicksOnlyPrimariesThenOnlyBackups(AlgorithmKind kind) {
        LoadBalancer lb = balancer(kind);
        assertTrue(Set.of("a", "b").containsAll(chosen(lb, 400)), kind.id());
        lb.setAvailable(A, false);
        lb.setAvailable(B, false);
        assertTrue(Set.of("c", "d").containsAll(chosen(lb, 400)), kind.id());
    }

    private static Set<String> chosen(LoadBalancer lb, int count) {
        return new TreeSet<>(Arrays.asList(picks(lb.picker(), count).split(" ")));
    }
}
