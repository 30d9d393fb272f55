package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code run --json} reports the storage tier's {@code data} and {@code partitions}, and takes storage node events. */
class RunStorageJsonTest {
    private static final String LESSON = "sample-topologies/15-replication-under-failure.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonObject run(String... args) {
        assertEquals(0, execute(args), err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    void oneNodeDownLosesNothingTwoDownFailTheirSharedKeys() {
        JsonObject one = run("run", LESSON, "--duration", "15s", "--json").getAsJsonObject("data");
        assertEquals(
                0, one.get("failedReads").getAsLong() + one.get("failedWrites").getAsLong(), one.toString());
        assertTrue(one.get("underReplicatedKeys").getAsInt() > 0, "db2 is down at 15 s: " + one);
        assertEquals(0, one.get("unavailableKeys").getAsInt());
        out.getBuffer().setLength(0);
        JsonObject r = run("run", LESSON, "--duration", "24s", "--json");
        JsonObject two = r.getAsJsonObject("data");
        assertTrue(
                two.get("failedReads").getAsLong() > 0
                        && two.get("failedWrites").getAsLong() > 0,
                two.toString());
        assertEquals(
                two.get("failedReads").getAsLong() + two.get("failedWrites").getAsLong(),
                r.get("failed").getAsLong(),
                "one attempt per request: a failed quorum is a failed request");
        int unavailable = two.get("unavailableKeys").getAsInt();
        assertTrue(unavailable > 0 && unavailable < 100, "some of the 200 keys, not most: " + unavailable);
    }

    @Test
    void storageNodesTakeKillAndReviveEventsButNotWeights() {
        JsonObject d = run(
                        "run", LESSON, "--duration", "5s", "--event", "kill:db1@1s", "--event", "kill:db3@1s", "--json")
                .getAsJsonObject("data");
        assertTrue(d.get("failedReads").getAsLong() > 0, d.toString());
        assertEquals(2, execute("run", LESSON, "--event", "weight:db1=2@1s"));
        assertTrue(err.toString().contains("error: --event: no server 'db1' in"), err.toString());
    }

    @Test
    void partitionsShowWhatAddingOrRemovingANodeMoves() {
        JsonObject p = run("run", "sample-topologies/14-range-vs-hash-partitioning.json", "--duration", "1s", "--json")
                .getAsJsonObject("partitions");
        assertEquals("range", p.get("partitioning").getAsString());
        assertEquals(100, p.get("keys").getAsInt());
        JsonObject db2 = p.getAsJsonObject("remove").getAsJsonObject("db2");
        assertEquals(
                p.getAsJsonObject("owners").get("db2").getAsInt(),
                db2.get("moved").getAsInt());
        assertEquals(1, db2.getAsJsonObject("flows").size(), "its range goes to one neighbour");
        assertEquals(25.0, db2.get("idealPercent").getAsDouble());
        assertEquals("db5", p.getAsJsonObject("add").get("node").getAsString());
        out.getBuffer().setLength(0);
        assertFalse(run("run", "sample-topologies/01-round-robin-basics.json", "--duration", "1s", "--json")
                .has("data"));
    }
}
