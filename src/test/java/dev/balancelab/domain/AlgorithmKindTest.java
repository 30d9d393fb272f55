package dev.balancelab.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlgorithmKindTest {
    @ParameterizedTest
    @EnumSource(AlgorithmKind.class)
    void fromIdFindsEveryKindByItsKebabCaseId(AlgorithmKind kind) {
        assertEquals(kind, AlgorithmKind.fromId(kind.id()));
        assertEquals(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), kind.id());
        assertTrue(kind.description().endsWith("."), kind.description());
    }

    @Test
    void labelsAreDistinct() {
        assertEquals(
                AlgorithmKind.values().length,
                Arrays.stream(AlgorithmKind.values())
                        .map(AlgorithmKind::label)
                        .distinct()
                        .count());
    }

    @Test
    void unknownIdIsRefusedNamingEveryKnownOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> AlgorithmKind.fromId("round_robin"));
        assertEquals(
                "unknown algorithm 'round_robin'; known: round-robin, weighted-round-robin, random, weighted-random,"
                        + " least-connections, weighted-least-connections, least-response-time, power-of-two-choices,"
                        + " ip-hash, consistent-hash, maglev, rendezvous, nginx-ip-hash, nginx-consistent-hash,"
                        + " haproxy-round-robin",
                e.getMessage());
    }

    @Test
    void theHashingAlgorithmsAreTheOnesThatUseTheKey() {
        assertEquals(
                "[ip-hash, consistent-hash, maglev, rendezvous, nginx-ip-hash, nginx-consistent-hash]",
                Arrays.stream(AlgorithmKind.values())
                        .filter(AlgorithmKind::usesKey)
                        .toList()
                        .toString());
    }
}
