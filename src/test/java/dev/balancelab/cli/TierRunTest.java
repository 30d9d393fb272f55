package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code run --json} on the balancer-tier lessons (issue 14): per-balancer counters, VIP transitions, DNS figures. */
class TierRunTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private JsonObject run(String... args) {
        assertEquals(0, BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    /**
     * Lesson 40 with the kill moved to 2.5 s by {@code --event}: the last advert of lb1 left at 2 s, so lb2 takes the
     * VIP at 2 s + 3 × 1 s + (256 − 100) / 256 × 1 s = 5609.375 ms, and lb1 (priority 150) takes it back
     * 3 s + 106 / 256 s = 3414.0625 ms after its revive at 15 s (the file's own kill at 5 s hits lb1 already dead).
     */
    @Test
    void vipTransitionsFollowTheVrrpTimers() {
        JsonObject r = run(
                "run",
                "sample-topologies/40-ha-vip-failover-preempt.json",
                "--duration",
                "20s",
                "--event",
                "kill:lb1@2500ms",
                "--json");
        JsonArray moves = r.getAsJsonArray("vipTransitions");
        assertEquals(3, moves.size(), moves.toString());
        assertEquals(5609.375, moves.get(1).getAsJsonObject().get("atMs").getAsDouble());
        assertEquals("lb2", moves.get(1).getAsJsonObject().get("to").getAsString());
        assertEquals(18414.0625, moves.get(2).getAsJsonObject().get("atMs").getAsDouble());
        assertEquals("lb1", moves.get(2).getAsJsonObject().get("to").getAsString());
        JsonObject lb1 = r.getAsJsonObject("perBalancer").getAsJsonObject("lb1");
        assertTrue(lb1.get("vipHolder").getAsBoolean());
        assertTrue(lb1.get("refused").getAsLong() > 0, "tries reached dead lb1 before lb2 took the VIP: " + lb1);
        assertEquals(
                r.get("sent").getAsLong(),
                r.get("completed").getAsLong()
                        + r.get("failed").getAsLong()
                        + r.get("inFlight").getAsLong());
    }

    @Test
    void dnsFiguresCountTheStaleAnswersOfTheKilledBalancer() {
        JsonObject r = run("run", "sample-topologies/41-ha-dns-ttl-drain.json", "--duration", "20s", "--json");
        JsonObject dns = r.getAsJsonObject("dns");
        assertTrue(dns.get("queries").getAsLong() > 0 && dns.get("cacheHits").getAsLong() > 0, dns.toString());
        long stale = dns.get("staleAnswers").getAsLong();
        assertEquals(
                stale,
                r.getAsJsonObject("perBalancer")
                        .getAsJsonObject("lb1")
                        .get("refused")
                        .getAsLong());
        assertTrue(stale > 0, dns.toString());
        long pinned = dns.get("pinnedUsers").getAsLong();
        assertTrue(pinned > 10 && pinned <= 20, "of the 10 % of 100 users of each client, those who sent: " + pinned);
        assertFalse(
                r.has("vipTransitions") && r.getAsJsonArray("vipTransitions").size() > 0);
    }

    @Test
    void theSingleBalancerReportIsUnchanged() {
        JsonObject r = run("run", "sample-topologies/01-round-robin-basics.json", "--duration", "2s", "--json");
        assertFalse(r.has("perBalancer") || r.has("vipTransitions") || r.has("dns"), r.toString());
    }
}
