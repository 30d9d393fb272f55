package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String WEIGHTS = "sample-topologies/21-challenge-weights-for-unequal-servers.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theShippedWeightsFailWithExitOneAndTheMeasuredFigures() {
        assertEquals(1, run("check", WEIGHTS, "--json"), err.toString());
        JsonObject r = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertFalse(r.get("passed").getAsBoolean());
        JsonArray checks = r.getAsJsonArray("checks");
        JsonObject failed = checks.get(0).getAsJsonObject();
        assertEquals("failed", failed.get("metric").getAsString());
        assertEquals(0, failed.get("max").getAsDouble());
        assertTrue(failed.get("measured").getAsDouble() > 0, "s3 overflows at weights 1/1/1");
        assertFalse(failed.get("passed").getAsBoolean());
    }

    @Test
    void weightsFourTwoOnePassWithExitZero(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(WEIGHTS));
        String fixed =
                text.replaceFirst("\"weight\": 1", "\"weight\": 4").replaceFirst("\"weight\": 1", "\"weight\": 2");
        Path file = dir.resolve("mine.json");
        Files.writeString(file, fixed);
        assertEquals(0, run("check", file.toString()), out + " " + err);
        String[] lines = out.toString().strip().split("\n");
        assertTrue(lines[0].startsWith("challenge: Keep failed = 0"), lines[0]);
        assertTrue(lines[1].startsWith("failed ") && lines[1].endsWith("pass"), lines[1]);
        assertEquals("PASS", lines[lines.length - 1]);
    }

    @Test
    void aLessonWithoutAChallengeIsBadInput() {
        assertEquals(2, run("check", "sample-topologies/01-round-robin-basics.json"));
        assertEquals(
                "error: sample-topologies/01-round-robin-basics.json: challenge: missing (this lesson has no challenge)",
                err.toString().strip());
    }

    @Test
    void aBadBoundNamesFileLineAndField(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(WEIGHTS)).replace("\"p99-ms\"", "\"p42-ms\"");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text);
        assertEquals(2, run("check", file.toString()));
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("error: " + file + ":"), line);
        assertTrue(line.contains("challenge.check[1].metric: must be one of p50-ms"), line);
    }

    @Test
    void aCopyThatChangedAFieldOutsideTheKnobsIsRefusedWithExitTwoNamingTheField(@TempDir Path dir) throws Exception {
        String faster = Files.readString(Path.of(WEIGHTS)).replace("\"meanMs\": 100\n", "\"meanMs\": 20\n");
        Path file = dir.resolve("faster.json");
        Files.writeString(file, faster);
        assertEquals(2, run("check", file.toString()));
        assertEquals(
                "error: " + file + ": servers[0].serviceTime.meanMs: changed 100 -> 20,"
                        + " but this challenge lets you change only weights",
                err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void loosenedBoundsAreAForbiddenChangeToo(@TempDir Path dir) throws Exception {
        String loose = Files.readString(Path.of(WEIGHTS)).replace("\"max\": 0", "\"max\": 1000");
        Path file = dir.resolve("loose.json");
        Files.writeString(file, loose);
        assertEquals(2, run("check", file.toString()));
        assertTrue(err.toString().contains(": challenge.check[0].max: changed 0 -> 1000,"), err.toString());
    }

    @Test
    void aChallengeOfTheAuthorsOwnRunsAsWritten(@TempDir Path dir) throws Exception {
        String own = Files.readString(Path.of(WEIGHTS))
                .replace("Challenge: weights for unequal servers", "My own challenge")
                .replace("Keep failed = 0 and p99", "Keep nothing failing and p99")
                .replace("\"meanMs\": 100\n", "\"meanMs\": 5\n");
        Path file = dir.resolve("own.json");
        Files.writeString(file, own);
        assertEquals(0, run("check", file.toString()), out + " " + err);
    }
}
