package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String commandLine) {
        return BalanceLabCli.execute(commandLine.split(" "), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void picksPrintsTheNginxSmoothWeightedSequence() {
        assertEquals(0, run("picks --algorithm weighted-round-robin --servers a:5,b:1,c:1 --count 7"));
        assertEquals(
                List.of("a", "a", "b", "a", "c", "a", "a"),
                out.toString().lines().toList());
        assertEquals("", err.toString());
    }

    @Test
    void picksGivesOnePickPerKeyForHashAlgorithms() {
        assertEquals(0, run("picks --algorithm consistent-hash --servers a,b,c --keys u1,u2,u1,u3,u1"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(5, lines.size());
        assertEquals(lines.get(0), lines.get(2));
        assertEquals(lines.get(0), lines.get(4));
    }

    /**
     * Consistent hashing is minimally disruptive (Karger et al., STOC 1997): removing one of N servers moves exactly
     * the keys that server owned, about 1/N of them, and no key between two surviving servers.
     */
    @ParameterizedTest
    @ValueSource(strings = {"consistent-hash", "rendezvous"})
    void ringReportsWhatMovesWhenAServerIsRemoved(String algorithm) {
        assertEquals(
                0,
                run("ring --algorithm " + algorithm + " --servers s1,s2,s3,s4,s5,s6,s7,s8,s9,s10 --keys 10000"
                        + " --remove s3 --json"));
        assertEquals(1, out.toString().lines().count());
        JsonObject r = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(algorithm, r.get("algorithm").getAsString());
        assertEquals(10, r.getAsJsonArray("servers").size());
        assertEquals(10_000, r.get("keys").getAsInt());
        int removedServersKeys = r.getAsJsonObject("load").get("s3").getAsInt();
        int total = r.getAsJsonObject("load").entrySet().stream()
                .mapToInt(e -> e.getValue().getAsInt())
                .sum();
        assertEquals(10_000, total);
        assertEquals(0, r.get("movedFromSurvivors").getAsInt(), "no key moves between survivors");
        assertEquals(removedServersKeys, r.get("moved").getAsInt(), "exactly the removed server's keys move");
        assertEquals(0.1, r.get("movedFraction").getAsDouble(), 0.03, "about 1/N of the keys move");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "picks --algorithm nope --servers a --count 1",
                "picks --algorithm round-robin --servers a:-1,b --count 1",
                "picks --algorithm round-robin --servers a:0 --count 1",
                "picks --algorithm round-robin --servers a:x --count 1",
                "picks --algorithm round-robin --servers a,b,a --count 1",
                "picks --algorithm round-robin --servers , --count 1",
                "picks --algorithm round-robin --servers a",
                "picks --algorithm round-robin --servers a --count many",
                "ring --algorithm round-robin --servers a,b --keys 10 --json",
                "ring --algorithm maglev --servers a,b --keys 10 --table-size 100 --json",
                "ring --algorithm consistent-hash --servers a,b --keys 10 --remove c --json",
            })
    void badInputExitsTwoWithOneErrorLine(String commandLine) {
        assertEquals(BalanceLabCli.EXIT_BAD_INPUT, run(commandLine));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertEquals("", out.toString());
    }

    @Test
    void badWeightNamesTheServerAndTheRule() {
        run("picks --algorithm round-robin --servers a:5,b:0 --count 1");
        assertEquals(
                "error: --servers: weight of 'b' must be an integer 1..1000, was '0'",
                err.toString().strip());
    }
}
