package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopologyFileErrorsTest {
    /** A valid file; each case breaks one thing in it. Line 8 is the second server. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "title": "t",
              "clients": [{"id": "c1", "ratePerSecond": 10}],
              "balancer": {"algorithm": "round-robin"},
              "servers": [
                {"id": "s1", "weight": 2},
                {"id": "s2", "weight": 1}
              ],
              "scenario": [{"atMs": 1000, "type": "kill", "server": "s2"}]
            }
            """;

    private static final String SERVER_2 = "{\"id\": \"s2\", \"weight\": 1}";

    static Stream<Arguments> malformed() {
        return Stream.of(
                bad(
                        "unknown field",
                        VALID.replace(SERVER_2, "{\"id\": \"s2\", \"weight\": 1, \"colour\": \"red\"}"),
                        "lab.json:8:31: servers[1].colour: unknown field (expected one of id, name, weight, workers,"
                                + " queueCapacity, serviceTime, failure, position, backup, cache, url, healthPath, region)"),
                bad(
                        "negative weight",
                        VALID.replace("\"weight\": 1}", "\"weight\": -2}"),
                        "lab.json:8:28: servers[1].weight: must be >= 1, was -2"),
                bad(
                        "weight as text",
                        VALID.replace("\"weight\": 1}", "\"weight\": \"abc\"}"),
                        "lab.json:8:28: servers[1].weight: must be a number, was \"abc\""),
                bad(
                        "fractional weight",
                        VALID.replace("\"weight\": 1}", "\"weight\": 1.5}"),
                        "lab.json:8:28: servers[1].weight: must be a whole number, was 1.5"),
                bad(
                        "null weight",
                        VALID.replace("\"weight\": 1}", "\"weight\": null}"),
                        "lab.json:8:28: servers[1].weight: must be a number, was null"),
                bad(
                        "number beyond BigDecimal",
                        VALID.replace("\"weight\": 1}", "\"weight\": 1e999999999999}"),
                        "lab.json:8:28: servers[1].weight: number out of range: 1e999999999999"),
                bad(
                        "missing servers",
                        VALID.replaceAll("(?s)  \"servers\".*?],\n", ""),
                        "lab.json:1:1: servers: required field is missing"),
                bad(
                        "empty servers",
                        VALID.replaceAll("(?s)\\[\n +\\{\"id\": \"s1\".*?]", "[]"),
                        "lab.json:6:14: servers: must not be empty"),
                bad(
                        "server without id",
                        VALID.replace(SERVER_2, "{\"weight\": 1}"),
                        "lab.json:8:5: servers[1].id: required field is missing"),
                bad(
                        "duplicate server id",
                        VALID.replace("\"id\": \"s2\"", "\"id\": \"s1\""),
                        "lab.json:8:12: servers[1].id: duplicate id \"s1\" (first used at servers[0].id)"),
                bad(
                        "duplicate field",
                        VALID.replace("\"weight\": 1}", "\"weight\": 1, \"weight\": 3}"),
                        "lab.json:8:31: servers[1].weight: duplicate field"),
                bad(
                        "unknown distribution",
                        VALID.replace(SERVER_2, "{\"id\": \"s2\", \"serviceTime\": {\"distribution\": \"gaussian\"}}"),
                        "lab.json:8:50: servers[1].serviceTime.distribution: must be one of fixed, exponential;"
                                + " was \"gaussian\""),
                bad(
                        "unknown check schedule",
                        VALID.replace(
                                "{\"algorithm\": \"round-robin\"}",
                                "{\"algorithm\": \"round-robin\", \"healthCheck\": {\"schedule\": \"cron\"}}"),
                        "lab.json:5:72: balancer.healthCheck.schedule: must be one of fixed-rate, haproxy;"
                                + " was \"cron\""),
                bad(
                        "unknown retry condition",
                        VALID.replace(
                                "{\"algorithm\": \"round-robin\"}",
                                "{\"algorithm\": \"round-robin\", \"retry\": {\"retryOn\": [\"timeout\", \"5xx\"]}}"),
                        "lab.json:5:65: balancer.retry.retryOn: entries must be among connect-failure, timeout, error;"
                                + " found \"5xx\""),
                bad(
                        "unknown failure",
                        VALID.replace(SERVER_2, "{\"id\": \"s2\", \"failure\": \"melt\"}"),
                        "lab.json:8:29: servers[1].failure: must be one of none, crash, hang, slow, error-rate,"
                                + " flapping, gray; was \"melt\""),
                bad(
                        "position off the canvas",
                        VALID.replace(SERVER_2, "{\"id\": \"s2\", \"position\": {\"x\": 0.5, \"y\": -0.1}}"),
                        "lab.json:8:46: servers[1].position.y: must be >= 0, was -0.1"),
                bad(
                        "unknown algorithm",
                        VALID.replace("\"round-robin\"", "\"round-robbin\""),
                        "lab.json:5:29: balancer.algorithm: must be one of round-robin, weighted-round-robin, random,"
                                + " weighted-random, least-connections, weighted-least-connections,"
                                + " least-response-time, power-of-two-choices, ip-hash, consistent-hash, maglev,"
                                + " rendezvous, nginx-ip-hash, nginx-consistent-hash, haproxy-round-robin;"
                                + " was \"round-robbin\""),
                bad(
                        "balancer is an array",
                        VALID.replace("{\"algorithm\": \"round-robin\"}", "[]"),
                        "lab.json:5:15: balancer: must be an object, was an array"),
                bad(
                        "maglev table not prime",
                        VALID.replace(
                                "{\"algorithm\": \"round-robin\"}",
                                "{\"algorithm\": \"maglev\", \"params\": {\"maglevTableSize\": 1000}}"),
                        "lab.json:5:69: balancer.params.maglevTableSize: must be a prime number, was 1000"),
                bad(
                        "scenario names no server",
                        VALID.replace("\"server\": \"s2\"", "\"server\": \"s9\""),
                        "lab.json:10:57: scenario[0].server: no server, storage node, balancer or region has id \"s9\""),
                bad(
                        "schemaVersion 99",
                        VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 99"),
                        "lab.json:2:20: schemaVersion: unsupported version 99 (this Balance Lab reads version 1)"),
                bad(
                        "no schemaVersion",
                        VALID.replace("  \"schemaVersion\": 1,\n", ""),
                        "lab.json:1:1: schemaVersion: required field is missing"),
                bad("top level is an array", "[1, 2]\n", "lab.json:1:1: must be an object, was an array"),
                bad(
                        "truncated file",
                        VALID.substring(0, VALID.indexOf("\"weight\": 1}") + 4),
                        "lab.json:8:22: servers[1]: unterminated string"),
                bad(
                        "trailing comma in array",
                        VALID.replace(SERVER_2 + "\n", SERVER_2 + ",\n"),
                        "lab.json:9:4: servers: invalid JSON syntax"),
                bad(
                        "trailing comma in object",
                        VALID.replace("\"weight\": 1}", "\"weight\": 1,}"),
                        "lab.json:8:31: servers[1]: expected a field name in double quotes"),
                bad(
                        "comment",
                        VALID.replace("\"title\": \"t\",", "\"title\": \"t\", // hi"),
                        "lab.json:3:18: invalid JSON syntax"),
                bad(
                        "tab inside a string",
                        VALID.replace("\"title\": \"t\"", "\"title\": \"a\tb\""),
                        "lab.json:3:13: title: unescaped control character (tab, line break...) in a string"),
                bad(
                        "escaped line break in a field name",
                        VALID.replace("\"weight\": 1}", "\"we\\night\": 1}"),
                        "lab.json:8:18: servers[1].we\\u000aight: unknown field (expected one of id, name, weight,"
                                + " workers, queueCapacity, serviceTime, failure, position, backup, cache, url, healthPath, region)"),
                bad("trailing garbage", VALID + "x", "lab.json:12:2: unexpected text after the end of the document"),
                bad("empty file", "", "lab.json:1:1: file is empty"),
                bad("only white space", " \n\t\n", "lab.json:1:1: file is empty"),
                bad(
                        "deep nesting",
                        VALID.replace("\"t\"", "[".repeat(5000) + "]".repeat(5000)),
                        "lab.json:3:31: title" + "[0]".repeat(19) + ": nested deeper than 20 levels"));
    }

    private static Arguments bad(String what, String json, String message) {
        return Arguments.of(what, json, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFileGivesOneLineNamingFileLineColumnAndField(String what, String json, String message) {
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.read(json, "lab.json"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theValidBaseLoads() {
        assertDoesNotThrow(() -> TopologyFiles.read(VALID, "lab.json"));
    }

    @Test
    void accessorsGiveThePartsOfTheMessage() {
        TopologyFileException e = assertThrows(
                TopologyFileException.class,
                () -> TopologyFiles.read(VALID.replace("\"weight\": 1}", "\"weight\": -2}"), "lab.json"));
        assertEquals("lab.json", e.file());
        assertEquals(8, e.line());
        assertEquals(28, e.column());
        assertEquals("servers[1].weight", e.field());
    }

    @Test
    void unknownSampleIsRefusedWithoutReadingAnything() {
        TopologyFileException e =
                assertThrows(TopologyFileException.class, () -> SampleTopologies.load("../module-info.class"));
        assertEquals("../module-info.class: no such sample topology", e.getMessage());
    }
}
