package dev.balancelab.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every edited domain record has a {@code with…} method per component but its id, which changes only that one. */
class RecordCopiesTest {
    private static final ServerSpec SERVER = new ServerSpec(
            ServerId.of("s1"), "S", 2, 3, 4, ServiceTime.fixed(10), FailureKind.NONE, new Position(0.5, 0.5));
    private static final ClientSpec CLIENT = new ClientSpec("c1", "C", 10, 20, new Position(0.1, 0.5));
    private static final BalancerSpec BALANCER = new BalancerSpec(
            AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, HealthCheckSpec.DEFAULT, RetrySpec.DEFAULT);
    private static final Topology TOPOLOGY =
            new Topology("t", "d", List.of(CLIENT), BALANCER, List.of(SERVER), List.of());

    /** A valid value for each component name, different from the samples'. */
    private static final Map<String, Object> OTHER = Map.ofEntries(
            Map.entry("title", "t2"),
            Map.entry("description", "d2"),
            Map.entry("clients", List.of(CLIENT.withUsers(1))),
            Map.entry("balancer", BALANCER.withAlgorithm(AlgorithmKind.MAGLEV)),
            Map.entry("servers", List.of(SERVER.withWeight(9))),
            Map.entry("scenario", List.of(new ScenarioEvent(5, ScenarioEventType.KILL, ServerId.of("s1")))),
            Map.entry("translations", Map.of("zh-CN", new Topology.Translation("标题", null))),
            Map.entry("front", Frontend.SINGLE.withClientRetry(new ClientRetrySpec(2, 5))),
            Map.entry("name", "renamed"),
            Map.entry("weight", 7),
            Map.entry("workers", 5),
            Map.entry("queueCapacity", 0),
            Map.entry("serviceTime", ServiceTime.exponential(5)),
            Map.entry("failure", FailureKind.HANG),
            Map.entry("position", new Position(0.2, 0.3)),
            Map.entry("ratePerSecond", 3.0),
            Map.entry("users", 9),
            Map.entry("algorithm", AlgorithmKind.RENDEZVOUS),
            Map.entry("params", AlgorithmParams.DEFAULT.withSlowStartMs(500)),
            Map.entry("healthCheck", HealthCheckSpec.DEFAULT.withFall(9)),
            Map.entry("retry", RetrySpec.DEFAULT.withMaxAttempts(1)),
            Map.entry("outlierDetection", OutlierDetectionSpec.DEFAULT),
            Map.entry("intervalMs", 7L),
            Map.entry("timeoutMs", 8L),
            Map.entry("fall", 4),
            Map.entry("rise", 5),
            Map.entry("maxAttempts", 2),
            Map.entry("perTryTimeoutMs", 9L),
            Map.entry("backoffBaseMs", 1L),
            Map.entry("backoffMaxMs", 999L),
            Map.entry("budgetPercent", 7.0),
            Map.entry("minRetryConcurrency", 1),
            Map.entry("retryOn", Set.of(RetryOn.TIMEOUT)),
            Map.entry("consecutiveErrors", 2),
            Map.entry("baseEjectionTimeMs", 5L),
            Map.entry("maxEjectionPercent", 10.0),
            Map.entry("virtualNodesPerWeight", 3),
            Map.entry("maglevTableSize", 7),
            Map.entry("ewmaDecayMs", 5.0),
            Map.entry("slowStartMs", 4L),
            Map.entry("distribution", Distribution.EXPONENTIAL),
            Map.entry("schedule", CheckSchedule.HAPROXY),
            Map.entry("meanMs", 3.0),
            Map.entry("backup", true),
            Map.entry("model", HealthModel.PUSH),
            Map.entry("ttlMs", 2500L),
            Map.entry(
                    "lesson", new LessonPlan(null, List.of(new LessonStep(LocalizedText.of("step"), null, List.of())))),
            Map.entry("cache", CacheSpec.DEFAULT),
            Map.entry("zipfExponent", 1.2),
            Map.entry("capacity", 7),
            Map.entry("policy", CachePolicy.W_TINYLFU),
            Map.entry("hitMs", 1L));

    /** Components whose with-method has a shorter established name. */
    private static final Map<String, String> ALIASES = Map.of("ratePerSecond", "withRate");

    static Stream<Record> samples() {
        return Stream.of(
                TOPOLOGY,
                SERVER,
                CLIENT,
                BALANCER,
                HealthCheckSpec.DEFAULT,
                RetrySpec.DEFAULT,
                OutlierDetectionSpec.OFF,
                AlgorithmParams.DEFAULT,
                SERVER.serviceTime(),
                CacheSpec.DEFAULT);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyWithMethodChangesOnlyItsComponent(Record sample) throws Exception {
        for (RecordComponent c : sample.getClass().getRecordComponents()) {
            if (c.getName().equals("id")) {
                continue;
            }
            String name = ALIASES.getOrDefault(
                    c.getName(),
                    "with" + Character.toUpperCase(c.getName().charAt(0))
                            + c.getName().substring(1));
            Method with = sample.getClass().getMethod(name, c.getType());
            Object value = OTHER.get(c.getName());
            assertNotEquals(c.getAccessor().invoke(sample), value, c.getName());
            Object copy = with.invoke(sample, value);
            for (RecordComponent d : sample.getClass().getRecordComponents()) {
                Object expected = d.getName().equals(c.getName())
                        ? value
                        : d.getAccessor().invoke(sample);
                assertEquals(expected, d.getAccessor().invoke(copy), name + " changed " + d.getName());
            }
        }
    }
}
