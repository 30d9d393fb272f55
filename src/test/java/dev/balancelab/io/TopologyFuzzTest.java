package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Deterministic mutations of every sample either load or fail with a one-line {@link TopologyFileException}. */
class TopologyFuzzTest {
    private static final int MUTATIONS_PER_SAMPLE = 3000;
    private static final String ALPHABET = "{}[]:,\"\\-+.0123456789eEtrufalsn \n\t\u00e9\u2028\u0000x";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");
    private static final List<String> REPLACEMENTS = List.of(
            "\"abc\"",
            "-1",
            "-0.0",
            "0",
            "1.5",
            "1e999999999",
            "99999999999999999999",
            "1E-400",
            "null",
            "true",
            "[]",
            "{}",
            "\"\"",
            "\"s1\"",
            "\"kill\"",
            "\"crash\"",
            "\"exponential\"",
            "\"maglev\"",
            "\"a\\nb\"",
            "[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]");

    private int loaded;
    private int refused;

    @Test
    void everyMutationLoadsOrFailsWithOneLine() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String name : SampleTopologies.names()) {
                String json = resource(name);
                Random random = new Random(name.hashCode());
                for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                    check(name, i, mutate(json, random));
                }
            }
        });
        assertTrue(loaded > 100, "some mutations should still load, got " + loaded);
        assertTrue(refused > 100, "most mutations should be refused, got " + refused);
    }

    private void check(String name, int i, String mutant) {
        try {
            TopologyFiles.read(mutant, name);
            loaded++;
        } catch (TopologyFileException e) {
            refused++;
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
            assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
        } catch (Throwable t) {
            fail("mutation " + i + " of " + name + " threw " + t + " for:\n" + mutant, t);
        }
    }

    private static String mutate(String json, Random random) {
        String s = json;
        for (int n = 1 + random.nextInt(3); n > 0 && !s.isEmpty(); n--) {
            int at = random.nextInt(s.length());
            s = switch (random.nextInt(7)) {
                case 0 -> s.substring(0, at);
                case 1 -> s.substring(0, at) + randomChar(random) + s.substring(at + 1);
                case 2 -> s.substring(0, at) + randomChar(random) + s.substring(at);
                case 3 -> s.substring(0, at) + s.substring(at + 1);
                case 4 -> replaceOne(s, NUMBER, random);
                case 5 -> replaceOne(s, STRING, random);
                default -> duplicateLine(s, random);
            };
        }
        return s;
    }

    private static char randomChar(Random random) {
        return ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }

    private static String replaceOne(String s, Pattern token, Random random) {
        List<MatchResult> matches = token.matcher(s).results().toList();
        if (matches.isEmpty()) {
            return s;
        }
        MatchResult m = matches.get(random.nextInt(matches.size()));
        return s.substring(0, m.start()) + REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())) + s.substring(m.end());
    }

    /** Repeats one line, which for a {@code "key": value,} line makes a duplicate key. */
    private static String duplicateLine(String s, Random random) {
        String[] lines = s.split("\n", -1);
        int i = random.nextInt(lines.length);
        return String.join("\n", List.of(lines).subList(0, i + 1)) + "\n"
                + String.join("\n", List.of(lines).subList(i, lines.length));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TopologyFuzzTest.class.getResourceAsStream("/sample-topologies/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
