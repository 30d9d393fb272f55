package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void ringReportsWhatMovesWhenAServerIsRemoved() {
        assertEquals(
                0,
                run("ring --algorithm consistent-hash --servers s1,s2,s3,s4,s5,s6,s7,s8,s9,s10 --keys 10000"
                        + " --remove s3 --json"));
        String json = out.toString().strip();
        assertEquals(1, out.toString().lines().count());
        assertTrue(json.startsWith("{\"algorithm\":\"consistent-hash\",\"servers\":[\"s1\",\"s2\","), json);
        assertTrue(json.contains("\"keys\":10000,\"load\":{\"s1\":"), json);
        assertTrue(json.contains("\"moved\":997,\"movedFraction\":0.0997,\"movedFromSurvivors\":0}"), json);
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
                "error: --servers: weight of 'b' must be a positive integer, was '0'",
                err.toString().strip());
    }
}
