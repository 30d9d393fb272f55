package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunCommandTest {
    private static final String SAMPLE = "sample-topologies/01-round-robin-basics.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void runsTheRealEngineAndReportsTheKillAndTheDetection() {
        assertEquals(
                0,
                run(
                        "run",
                        SAMPLE,
                        "--duration",
                        "4500ms",
                        "--rate",
                        "200",
                        "--seed",
                        "3",
                        "--event",
                        "kill:s2@500ms",
                        "--json"),
                err.toString());
        JsonObject r = JsonParser.parseString(out.toString()).getAsJsonObject();
        long sent = r.get("sent").getAsLong();
        assertTrue(sent > 400, "about 200 req/s for 4.5 s, was " + sent);
        assertEquals(
                sent,
                r.get("completed").getAsLong()
                        + r.get("failed").getAsLong()
                        + r.get("inFlight").getAsLong());
        assertTrue(r.get("retries").getAsLong() > 0, "the kill causes retries");
        assertEquals(4, r.getAsJsonObject("perServer").size());
        assertTrue(r.getAsJsonObject("latencyMs").get("p99").getAsDouble()
                >= r.getAsJsonObject("latencyMs").get("p50").getAsDouble());
        JsonObject kill = r.getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals("kill", kill.get("type").getAsString());
        assertEquals(500, kill.get("atMs").getAsLong(), 50);
        JsonObject down = find(r.getAsJsonArray("healthTransitions"), "DOWN");
        assertEquals("s2", down.get("server").getAsString());
        long detection = down.get("atMs").getAsLong() - kill.get("atMs").getAsLong();
        assertTrue(
                detection >= 2_000 && detection <= 4_000,
                "fall 3 × interval 1000 ms after the kill, was " + detection + " ms");
    }

    private static JsonObject find(JsonArray transitions, String to) {
        for (JsonElement e : transitions) {
            if (e.getAsJsonObject().get("to").getAsString().equals(to)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no transition to " + to + " in " + transitions);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--algorithm|nope|error: --algorithm: unknown algorithm 'nope'",
                "--event|kill:s9@1s|error: --event: no server 's9' in " + SAMPLE,
                "--event|explode:s2@1s|error: --event: 'explode:s2@1s' is not kill:S@T",
                "--duration|ten|error: --duration: 'ten' is not a duration like 500ms, 10s, 2m or 1h",
            })
    void badOptionsExitTwoWithOneErrorLine(String option, String value, String message) {
        assertEquals(2, run("run", SAMPLE, option, value));
        assertOneErrorLine(message);
    }

    @Test
    void aMalformedFileNamesFileLineColumnAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(
                file,
                "{\n  \"schemaVersion\": 1,\n  \"clients\": [{}],\n  \"balancer\": {\"algorithm\":"
                        + " \"round-robin\"},\n  \"servers\": [{\"id\": \"s1\", \"weight\": -2}]\n}\n");
        assertEquals(2, run("run", file.toString()));
        assertOneErrorLine("error: " + file + ":5:38: servers[0].weight: must be >= 1, was -2");
    }

    @Test
    void anUnreadableFileIsAnErrorNotAStackTrace() {
        assertEquals(2, run("run", "no/such/file.json"));
        assertOneErrorLine("error: no/such/file.json");
    }

    private void assertOneErrorLine(String expectedStart) {
        String text = err.toString();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith(expectedStart), text);
        assertFalse(text.contains("\tat "), text);
    }
}
