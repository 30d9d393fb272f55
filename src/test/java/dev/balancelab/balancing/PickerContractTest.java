package dev.balancelab.balancing;

import static dev.balancelab.balancing.Fixtures.CONFIG;
import static dev.balancelab.balancing.Fixtures.request;
import static dev.balancelab.balancing.Fixtures.servers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered algorithm promises. */
class PickerContractTest {
    static Stream<Algorithm> algorithms() {
        return Algorithms.all().stream();
    }

    @Test
    void everyKindHasExactlyOneImplementationInDisplayOrder() {
        assertEquals(
                List.of(AlgorithmKind.values()),
                Algorithms.all().stream().map(Algorithm::kind).toList());
        assertEquals(
                AlgorithmKind.values().length,
                Algorithms.all().stream().map(Object::getClass).distinct().count());
        for (AlgorithmKind kind : AlgorithmKind.values()) {
            assertEquals(kind, Algorithms.of(kind).kind());
        }
    }

    @Test
    void theIdsOfTheFileFormatInOrder() {
        assertEquals(
                List.of(
                        "round-robin",
                        "weighted-round-robin",
                        "random",
                        "weighted-random",
                        "least-connections",
                        "weighted-least-connections",
                        "least-response-time",
                        "power-of-two-choices",
                        "ip-hash",
                        "consistent-hash",
                        "maglev",
                        "rendezvous",
                        "nginx-ip-hash",
                        "nginx-consistent-hash",
                        "haproxy-round-robin"),
                AlgorithmKind.ids());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void emptyEndpointsGiveNull(Algorithm algorithm) {
        Picker picker = algorithm.newPicker(List.of(), CONFIG);
        assertNull(picker.pick(request(1)));
        assertNull(picker.decide(request(1)).chosen());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void neverPicksTriedWhileAnUntriedOneRemains(Algorithm algorithm) {
        List<Endpoint> endpoints = servers(5);
        Picker picker = algorithm.newPicker(endpoints, CONFIG);
        for (int k = 0; k < 300; k++) {
            int mask = 1 + k % 30; // every non-empty proper subset of the five servers
            Set<ServerId> tried = endpoints.stream()
                    .filter(e -> (mask >> endpoints.indexOf(e) & 1) == 1)
                    .map(Endpoint::id)
                    .collect(Collectors.toSet());
            Endpoint chosen = picker.pick(new Request(k, "key-" + k, "10.1.0." + k % 256, tried));
            assertFalse(tried.contains(chosen.id()), algorithm.kind() + " picked tried " + chosen.id());
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void picksSomethingOnceEverythingWasTried(Algorithm algorithm) {
        List<Endpoint> endpoints = servers(3);
        Set<ServerId> all = endpoints.stream().map(Endpoint::id).collect(Collectors.toSet());
        assertNotNull(algorithm.newPicker(endpoints, CONFIG).pick(new Request(1, "k", "10.0.0.1", all)));
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void decideChoosesWhatPickWouldAndExplains(Algorithm algorithm) {
        List<Endpoint> endpoints = Fixtures.endpoints("a:3,b:1,c:2");
        Picker picking = algorithm.newPicker(endpoints, CONFIG);
        Picker deciding = algorithm.newPicker(endpoints, CONFIG);
        for (int i = 0; i < 20; i++) {
            Decision d = deciding.decide(request(i));
            assertEquals(picking.pick(request(i)), d.chosen());
            assertFalse(d.reasons().isEmpty());
        }
    }
}
