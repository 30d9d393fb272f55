package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code run --json} reports cache lookups overall and per server, and leaves them out without caches. */
class RunCacheJsonTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private JsonObject run(String file) {
        int code = BalanceLabCli.execute(
                new String[] {"run", file, "--duration", "5s", "--json"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    void cacheFiguresAddUpOverTheServers() {
        JsonObject r = run("sample-topologies/12-why-hash-cache-affinity.json");
        JsonObject total = r.getAsJsonObject("cache");
        long hits = 0;
        long misses = 0;
        for (String id : r.getAsJsonObject("perServer").keySet()) {
            JsonObject c = r.getAsJsonObject("perServer").getAsJsonObject(id).getAsJsonObject("cache");
            hits += c.get("hits").getAsLong();
            misses += c.get("misses").getAsLong();
        }
        assertEquals(hits, total.get("hits").getAsLong());
        assertEquals(misses, total.get("misses").getAsLong());
        assertEquals((double) hits / (hits + misses), total.get("hitRatio").getAsDouble(), 1e-4);
    }

    @Test
    void noCacheNoCacheFigures() {
        JsonObject r = run("sample-topologies/01-round-robin-basics.json");
        assertFalse(r.has("cache"));
        assertFalse(r.getAsJsonObject("perServer").getAsJsonObject("s1").has("cache"));
    }
}
