package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.CheckSchedule;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopologyRoundTripTest {
    static List<String> samples() {
        return SampleTopologies.names();
    }

    @Test
    void namesAreTheJsonFilesOfTheSampleFolderSorted() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
            assertEquals(onDisk, SampleTopologies.names());
        }
        assertEquals(26, SampleTopologies.names().size());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleHasATitleAndDescriptionAndSurvivesWriteThenRead(String name) throws Exception {
        Topology sample = SampleTopologies.load(name);
        assertFalse(sample.title().isBlank(), "title");
        assertFalse(sample.description().isBlank(), "description");
        assertEquals(sample, TopologyFiles.read(TopologyFiles.write(sample), name));
    }

    @Test
    void failoverSettingsAndEveryScenarioEventSurviveWriteThenRead() throws Exception {
        Topology sample = SampleTopologies.load(SampleTopologies.names().get(0));
        var balancer = new BalancerSpec(
                AlgorithmKind.MAGLEV,
                sample.balancer().params(),
                sample.balancer().healthCheck().withSchedule(CheckSchedule.HAPROXY),
                new RetrySpec(4, 300, 20, 400, 25, 2, Set.of(RetryOn.TIMEOUT, RetryOn.CONNECT_FAILURE)),
                new OutlierDetectionSpec(5, 7000, 40));
        ServerId s1 = sample.servers().get(0).id();
        var scenario = List.of(
                new ScenarioEvent(1000, ScenarioEventType.KILL, s1),
                new ScenarioEvent(2000, ScenarioEventType.SET_WEIGHT, s1, 5),
                new ScenarioEvent(3000, ScenarioEventType.SET_RATE, null, 800),
                new ScenarioEvent(4000, ScenarioEventType.REVIVE, s1));
        List<ServerSpec> servers = new java.util.ArrayList<>(sample.servers());
        ServerSpec first = servers.get(0);
        servers.set(
                0,
                new ServerSpec(
                        first.id(),
                        first.name(),
                        first.weight(),
                        first.workers(),
                        first.queueCapacity(),
                        first.serviceTime(),
                        FailureKind.ERROR_RATE,
                        first.position()));
        Topology rich =
                new Topology(sample.title(), sample.description(), sample.clients(), balancer, servers, scenario);
        String json = TopologyFiles.write(rich);
        assertTrue(json.contains("\"error-rate\"") && json.contains("\"set-weight\""), json);
        assertEquals(rich, TopologyFiles.read(json, "rich.json"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleSurvivesSaveThenLoad(String name, @TempDir Path dir) throws Exception {
        Topology sample = SampleTopologies.load(name);
        Path file = dir.resolve(name);
        TopologyFiles.save(sample, file);
        assertEquals(sample, TopologyFiles.load(file));
    }

    @Test
    void samplesTeachWhatTheirNamesSay() throws Exception {
        assertEquals(
                List.of(5, 1, 1),
                SampleTopologies.load("02-weighted-heterogeneous.json").servers().stream()
                        .map(ServerSpec::weight)
                        .toList());
        Topology hashing = SampleTopologies.load("03-consistent-hashing-failover.json");
        assertEquals(AlgorithmKind.CONSISTENT_HASH, hashing.balancer().algorithm());
        assertEquals(
                List.of(10_000L, 25_000L),
                hashing.scenario().stream().map(e -> e.atMs()).toList());
        Topology storm = SampleTopologies.load("08-retry-storm.json");
        assertEquals(5, storm.balancer().retry().maxAttempts());
        assertFalse(storm.scenario().isEmpty());
    }

    @Test
    void optionalFieldsGetTheDefaults() throws Exception {
        Topology t = TopologyFiles.read("""
                {"schemaVersion": 1, "clients": [{}, {}], "balancer": {"algorithm": "random"},
                 "servers": [{"id": "a"}]}""", "dir/minimal.json");
        assertEquals("minimal", t.title());
        assertEquals("", t.description());
        assertEquals(AlgorithmParams.DEFAULT, t.balancer().params());
        assertEquals(HealthCheckSpec.DEFAULT, t.balancer().healthCheck());
        assertEquals(RetrySpec.DEFAULT, t.balancer().retry());
        assertEquals(List.of(), t.scenario());
        assertEquals(List.of("c1", "c2"), t.clients().stream().map(c -> c.id()).toList());
        assertEquals(new Position(0.1, 2.0 / 3), t.clients().get(1).position());
        ServerSpec a = t.servers().get(0);
        assertEquals("a", a.name());
        assertEquals(FailureKind.NONE, a.failure());
        assertEquals(Distribution.FIXED, a.serviceTime().distribution());
        assertEquals(new Position(0.9, 0.5), a.position());
    }

    @Test
    void writeRefusesWhatCouldNotBeReadBack() throws Exception {
        Topology t = SampleTopologies.load("01-round-robin-basics.json");
        ServerSpec s = t.servers().get(0);
        ServerSpec outside = new ServerSpec(
                s.id(),
                s.name(),
                s.weight(),
                s.workers(),
                s.queueCapacity(),
                s.serviceTime(),
                s.failure(),
                new Position(1.5, 0.5));
        Topology bad = new Topology(t.title(), t.description(), t.clients(), t.balancer(), List.of(outside), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopologyFiles.write(bad));
        assertEquals("cannot write topology:86:14: servers[0].position.x: must be <= 1, was 1.5", e.getMessage());
    }
}
