package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The nginx and HAProxy exports of sample topologies, against golden files in {@code src/test/resources/exports/}.
 * The golden files were checked with {@code nginx -t} (inside an {@code http} block) and {@code haproxy -c} (2.6),
 * with the server names mapped to an address: both report valid syntax. nginx 1.22 refuses {@code backup} under
 * {@code ip_hash} ("balancing method does not support parameter "backup""), so the export leaves it out there.
 */
class ConfigExportTest {
    /** The samples with golden exports. */
    static List<String> goldenSamples() {
        return List.of(
                "02-weighted-heterogeneous", "03-consistent-hashing-failover", "08-retry-storm", "10-backup-servers");
    }

    @ParameterizedTest
    @MethodSource("goldenSamples")
    void nginxUpstreamMatchesTheGoldenFile(String sample) throws Exception {
        assertEquals(golden(sample + ".nginx.conf"), NginxExport.export(load(sample), "backend"));
    }

    @ParameterizedTest
    @MethodSource("goldenSamples")
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

    /** Under ip_hash, hash and random nginx refuses {@code backup}: the backups become a comment, not a server line. */
    @ParameterizedTest
    @ValueSource(strings = {"nginx-ip-hash", "nginx-consistent-hash", "random", "power-of-two-choices"})
    void nginxLeavesOutBackupsWhereItsMethodRefusesThem(String algorithm) throws Exception {
        Topology t = load("10-backup-servers");
        String out = NginxExport.export(
                t.withBalancer(t.balancer().withAlgorithm(AlgorithmKind.fromId(algorithm))), "backend");
        assertTrue(out.contains("    #   server s3:8080 backup;\n    #   server s4:8080 backup;\n"), out);
        assertFalse(out.contains("\n    server s3"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"least-connections", "weighted-least-connections", "least-response-time"})
    void nginxLeastConnKeepsTheBackups(String algorithm) throws Exception {
        Topology t = load("10-backup-servers");
        String out = NginxExport.export(
                t.withBalancer(t.balancer().withAlgorithm(AlgorithmKind.fromId(algorithm))), "backend");
        for (String id : new String[] {"s3", "s4"}) {
            assertTrue(
                    out.lines().anyMatch(l -> l.startsWith("    server " + id + ":8080") && l.endsWith(" backup;")),
                    out);
        }
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
