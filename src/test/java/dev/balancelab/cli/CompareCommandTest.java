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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {
    private static final String LESSON = "sample-topologies/03-consistent-hashing-failover.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void everyAlgorithmGetsTheSameRequestsAndItsOwnRunSummary() {
        assertEquals(
                0,
                run(
                        "compare",
                        LESSON,
                        "--algorithms",
                        "round-robin,least-connections,power-of-two-choices,consistent-hash",
                        "--duration",
                        "20s",
                        "--seed",
                        "5",
                        "--event",
                        "kill:s1@3s",
                        "--json"),
                err.toString());
        JsonArray runs =
                JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("runs");
        assertEquals(4, runs.size());
        long sent = runs.get(0).getAsJsonObject().get("sent").getAsLong();
        assertTrue(sent > 500, "40 req/s for 20 s: " + sent);
        String[] ids = {"round-robin", "least-connections", "power-of-two-choices", "consistent-hash"};
        for (int i = 0; i < runs.size(); i++) {
            JsonObject r = runs.get(i).getAsJsonObject();
            assertEquals(ids[i], r.get("algorithm").getAsString());
            assertEquals(sent, r.get("sent").getAsLong(), ids[i]);
            assertEquals("virtual", r.get("clock").getAsString());
            assertEquals(5, r.get("seed").getAsLong());
            assertEquals(
                    sent,
                    r.get("completed").getAsLong()
                            + r.get("failed").getAsLong()
                            + r.get("inFlight").getAsLong());
            assertTrue(r.get("fairness").getAsDouble() >= 1.0, ids[i]);
            JsonObject keys = r.getAsJsonObject("keys");
            assertTrue(keys.get("moved").getAsLong() <= keys.get("seen").getAsLong());
            // the --event kill and the file's own kill of s2 at 10 s, revived at 25 s (after the run)
            assertEquals(2, r.getAsJsonArray("events").size(), ids[i]);
        }
        long ringMoved = runs.get(3)
                .getAsJsonObject()
                .getAsJsonObject("keys")
                .get("moved")
                .getAsLong();
        long rrMoved = runs.get(0)
                .getAsJsonObject()
                .getAsJsonObject("keys")
                .get("moved")
                .getAsLong();
        assertTrue(ringMoved < rrMoved, "the ring keeps keys where they were: " + ringMoved + " vs " + rrMoved);
    }

    @Test
    void withoutJsonItPrintsOneLinePerAlgorithm() {
        assertEquals(0, run("compare", LESSON, "--algorithms", "round-robin,maglev", "--duration", "2s"));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[1].startsWith("round-robin "), lines[1]);
        assertTrue(lines[2].startsWith("maglev "), lines[2]);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "round-robin,nope|error: --algorithm: unknown algorithm 'nope'",
                "round-robin,round-robin|error: --algorithms: 'round-robin' given twice",
                "round-robin,,maglev|error: --algorithms: empty item in 'round-robin,,maglev'",
            })
    void badAlgorithmListsExitTwoWithOneErrorLine(String algorithms, String message) {
        assertEquals(2, run("compare", LESSON, "--algorithms", algorithms));
        String text = err.toString();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith(message), text);
        assertFalse(text.contains("\tat "), text);
    }
}
