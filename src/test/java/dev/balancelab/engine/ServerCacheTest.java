package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.CacheCounts;
import dev.balancelab.telemetry.MetricsSnapshot;
import dev.balancelab.telemetry.ServerMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A server's cache in virtual time: a hit takes hitMs, a served miss fills it, a crash empties it. */
class ServerCacheTest {
    private static final ServerId S1 = ServerId.of("s1");

    /** One server (100 ms per miss, 5 ms per hit), one client of one user at 10 requests/s: one key only. */
    private static Topology oneKey(CachePolicy policy) {
        Topology t = Topologies.of(1, 10, 100, 1, new HealthCheckSpec(50, 30, 3, 1));
        return t.withServers(t.servers().stream()
                        .map(s -> s.withCache(new CacheSpec(10, policy, 5)))
                        .toList())
                .withClients(t.clients().stream().map(c -> c.withUsers(1)).toList());
    }

    @ParameterizedTest
    @EnumSource(CachePolicy.class)
    void afterTheFirstMissEveryRequestHitsInHitMs(CachePolicy policy) {
        try (EngineProbe lab = new EngineProbe(oneKey(policy), 5, 0)) {
            lab.engine.start();
            lab.time.advanceBy(5_000);
            MetricsSnapshot s = lab.engine.snapshot();
            CacheCounts c = s.perServer().get(S1).cache();
            long completed = s.perServer().get(S1).completed();
            assertTrue(completed > 30, "traffic too low: " + completed);
            assertEquals(
                    completed, c.hits() + c.misses() + s.perServer().get(S1).inFlight(), "one lookup each");
            assertTrue(c.misses() >= 1 && c.misses() <= 3, "only requests before the first fill miss: " + c);
            assertEquals(5.0, s.latency().p50Ms(), 0.1, "a hit is served in hitMs");
            assertEquals(c, s.cache(), "one server: the total is its own");
        }
    }

    @ParameterizedTest
    @EnumSource(CachePolicy.class)
    void aKilledServerComesBackCold(CachePolicy policy) {
        try (EngineProbe lab = new EngineProbe(oneKey(policy), 5, 0)) {
            lab.engine.start();
            lab.time.advanceBy(2_000);
            lab.engine.kill(S1);
            lab.time.advanceBy(500);
            long missesBefore =
                    lab.engine.snapshot().perServer().get(S1).cache().misses();
            lab.engine.revive(S1);
            lab.time.advanceBy(2_000);
            ServerMetrics after = lab.engine.snapshot().perServer().get(S1);
            assertTrue(after.cache().misses() > missesBefore, "the first request after the restart misses");
            assertTrue(after.cache().hits() > 0);
        }
    }

    @Test
    void aServerWithoutCacheReportsNone() {
        try (EngineProbe lab = new EngineProbe(Topologies.of(1, 10, 100, 1, new HealthCheckSpec(50, 30, 3, 1)), 5, 0)) {
            lab.engine.start();
            lab.time.advanceBy(100);
            assertEquals(null, lab.engine.snapshot().perServer().get(S1).cache());
            assertEquals(null, lab.engine.snapshot().cache());
        }
    }
}
