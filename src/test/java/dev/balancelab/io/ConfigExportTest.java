package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The nginx and HAProxy exports of sample topologies, against golden files in {@code src/test/resources/exports/}.
 * The golden files were checked with {@code nginx -t} (inside an {@code http} block) and {@code haproxy -c} (2.6),
 * with the server names mapped to an address: both report valid syntax.
 */
class ConfigExportTest {
    @ParameterizedTest
    @ValueSource(strings = {"02-weighted-heterogeneous", "03-consistent-hashing-failover", "08-retry-storm"})
    void nginxUpstreamMatchesTheGoldenFile(String sample) throws Exception {
        assertEquals(golden(sample + ".nginx.conf"), NginxExport.export(load(sample), "backend"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-weighted-heterogeneous", "03-consistent-hashing-failover", "08-retry-storm"})
    void haproxyBackendMatchesTheGoldenFile(String sample) throws Exception {
        assertEquals(golden(sample + ".haproxy.cfg"), HaproxyExport.export(load(sample), "backend"));
    }

    /** The nginx-exact kinds export to the plain directive; the lab's own hashes say where nginx differs. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nginx-ip-hash         | '    ip_hash;\\n    server s1:8080 weight=1;'",
                "nginx-consistent-hash | '    hash $http_x_user_id consistent;\\n    server s1:8080 weight=1;'",
                "ip-hash               | '    # nginx hashes the first three octets of an IPv4 address, not the whole'",
                "consistent-hash       | '    # nginx''s ring is ketama (CRC32, 160 points per weight), not the lab''s'",
            })
    void nginxDirectiveOfTheHashes(String algorithm, String expected) throws Exception {
        Topology t = load("03-consistent-hashing-failover");
        Topology changed = t.withBalancer(new BalancerSpec(
                AlgorithmKind.fromId(algorithm),
                t.balancer().params(),
                t.balancer().healthCheck(),
                t.balancer().retry(),
                t.balancer().outlierDetection()));
        String out = NginxExport.export(changed, "backend");
        assertTrue(out.contains(expected.replace("\\n", "\n")), out);
    }

    private static Topology load(String sample) throws TopologyFileException {
        return SampleTopologies.load(sample + ".json");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(ConfigExportTest.class.getResourceAsStream("/exports/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
