package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.ServiceUrl;
import dev.balancelab.domain.Topology;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A server's {@code url} and {@code healthPath} in topology files: a server the lab does not run. */
class ServerUrlFieldsTest {
    private static final String FILE = """
            {
              "schemaVersion": 1,
              "clients": [{"id": "c1"}],
              "balancer": {"algorithm": "round-robin"},
              "servers": [
                {"id": "s1", "url": "http://127.0.0.1:9001", "healthPath": "/healthz"},
                {"id": "s2", "url": "http://localhost:9002/"},
                {"id": "s3"}
              ]
            }
            """;

    @Test
    void readsTheUrlsAndWritesThemBack() throws Exception {
        Topology t = TopologyFiles.read(FILE, "lab.json");
        ServiceUrl s1 = t.servers().get(0).url();
        assertEquals(new ServiceUrl(URI.create("http://127.0.0.1:9001"), "/healthz"), s1);
        assertEquals(URI.create("http://127.0.0.1:9001/healthz"), s1.health());
        assertEquals("127.0.0.1:9001", s1.authority());
        assertEquals(
                URI.create("http://localhost:9002/health"),
                t.servers().get(1).url().health());
        assertNull(t.servers().get(2).url(), "no url: a server the lab runs");
        assertEquals(t, TopologyFiles.read(TopologyFiles.write(t), "again.json"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.0.0.1:9001 | https://127.0.0.1:9001"
                        + " | servers[0].url: url must be http://HOST:PORT, was 'https://127.0.0.1:9001'",
                "http://127.0.0.1:9001 | http://127.0.0.1"
                        + " | servers[0].url: url must be http://HOST:PORT, was 'http://127.0.0.1'",
                "http://127.0.0.1:9001 | http://127.0.0.1:9001/api | servers[0].url: url must be http://HOST:PORT"
                        + " with no path, query or user info, was 'http://127.0.0.1:9001/api'",
                "/healthz | healthz | servers[0].healthPath: healthPath must be a path starting with /, at most 256"
                        + " characters, was 'healthz'",
                "http://localhost:9002/\"} | http://localhost:9002/\", \"healthPath\": \"/h\"} | ok",
            })
    void badValuesGiveOneLineNamingTheField(String from, String to, String message) throws Exception {
        if (message.equals("ok")) {
            assertEquals(
                    "/h",
                    TopologyFiles.read(FILE.replace(from, to), "lab.json")
                            .servers()
                            .get(1)
                            .url()
                            .healthPath());
            return;
        }
        TopologyFileException e =
                assertThrows(TopologyFileException.class, () -> TopologyFiles.read(FILE.replace(from, to), "lab.json"));
        assertEquals(message, e.getMessage().replaceFirst("^lab\\.json:\\d+:\\d+: ", ""));
    }

    @Test
    void aHealthPathWithoutAUrlIsAnError() {
        TopologyFileException e = assertThrows(
                TopologyFileException.class,
                () -> TopologyFiles.read(
                        FILE.replace("{\"id\": \"s3\"}", "{\"id\": \"s3\", \"healthPath\": \"/h\"}"), "lab.json"));
        assertEquals(
                "servers[2].healthPath: is the health check path of a \"url\" server; this one has no url",
                e.getMessage().replaceFirst("^lab\\.json:\\d+:\\d+: ", ""));
    }
}
