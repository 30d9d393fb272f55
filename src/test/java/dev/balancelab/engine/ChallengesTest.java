package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.ChallengeKnob;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.telemetry.ChallengeVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five bundled challenges fail as shipped (that is the exercise) and pass with the settings a student is meant to
 * find, changing only the knobs each challenge names.
 */
class ChallengesTest {
    static Stream<Arguments> challenges() {
        return Stream.of(
                Arguments.of(
                        "20-challenge-failover-without-failures.json",
                        Set.of(ChallengeKnob.RETRY, ChallengeKnob.HEALTH_CHECK),
                        balancer(b -> b.withRetry(b.retry().withMaxAttempts(3).withBudgetPercent(0)))),
                Arguments.of(
                        "21-challenge-weights-for-unequal-servers.json",
                        Set.of(ChallengeKnob.WEIGHTS),
                        weights(4, 2, 1)),
                Arguments.of(
                        "22-challenge-virtual-nodes.json",
                        Set.of(ChallengeKnob.VIRTUAL_NODES),
                        balancer(b -> b.withParams(b.params().withVirtualNodesPerWeight(500)))),
                Arguments.of(
                        "23-challenge-slow-server.json",
                        Set.of(ChallengeKnob.ALGORITHM),
                        balancer(b -> b.withAlgorithm(AlgorithmKind.LEAST_RESPONSE_TIME))),
                Arguments.of(
                        "24-challenge-stop-the-retry-storm.json",
                        Set.of(ChallengeKnob.RETRY),
                        balancer(b -> b.withRetry(b.retry().withBudgetPercent(20)))));
    }

    @ParameterizedTest
    @MethodSource("challenges")
    void failsAsShippedAndPassesWithTheIntendedKnob(String name, Set<ChallengeKnob> knobs, UnaryOperator<Topology> fix)
            throws Exception {
        Topology shipped = SampleTopologies.load(name);
        Challenge challenge = shipped.lesson().challenge();
        assertEquals(knobs, challenge.knobs());
        assertFalse(challenge.goal().in("zh-CN").equals(challenge.goal().in("en")), "goal in Chinese");
        ChallengeVerdict before = HeadlessRun.check(shipped, challenge);
        assertFalse(before.passed(), name + " as shipped: " + before);
        ChallengeVerdict after = HeadlessRun.check(fix.apply(shipped), challenge);
        assertTrue(after.passed(), name + " fixed: " + after);
        assertEquals(challenge.bounds().size(), after.lines().size());
    }

    private static UnaryOperator<Topology> balancer(UnaryOperator<BalancerSpec> change) {
        return t -> t.withBalancer(change.apply(t.balancer()));
    }

    private static UnaryOperator<Topology> weights(int... weights) {
        return t -> {
            List<ServerSpec> servers = new ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                servers.add(t.servers().get(i).withWeight(weights[i]));
            }
            return t.withServers(servers);
        };
    }
}
