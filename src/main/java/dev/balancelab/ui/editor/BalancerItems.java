package dev.balancelab.ui.editor;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.controlsfx.control.PropertySheet;

/**
 * The balancer's rows of the property sheet, grouped as in a topology file: algorithm parameters, active health
 * check, retry policy and outlier detection. Only the parameters the chosen algorithm uses are listed (virtual nodes
 * for consistent hashing, the table size for Maglev, the EWMA decay for least response time, slow start for weighted
 * algorithms). Every edit restarts the lab; values a record refuses are ignored.
 */
final class BalancerItems {
    private static final String ALGORITHM = "Algorithm parameters";
    private static final String HEALTH = "Health check (HAProxy inter / timeout / fall / rise)";
    private static final String RETRY = "Retries";
    private static final String OUTLIERS = "Outlier detection (Envoy)";

    private final Supplier<BalancerSpec> spec;
    private final Consumer<BalancerSpec> commit;

    private BalancerItems(Supplier<BalancerSpec> spec, Consumer<BalancerSpec> commit) {
        this.spec = spec;
        this.commit = commit;
    }

    /**
     * @param spec the latest balancer
     * @param commit takes the edited balancer
     */
    static List<PropertySheet.Item> of(Supplier<BalancerSpec> spec, Consumer<BalancerSpec> commit) {
        BalancerItems b = new BalancerItems(spec, commit);
        AlgorithmKind kind = spec.get().algorithm();
        List<PropertySheet.Item> items = new ArrayList<>();
        if (kind == AlgorithmKind.CONSISTENT_HASH) {
            items.add(b.param(
                    "Ring: virtual nodes per weight",
                    "Consistent hashing: ring points per unit of weight",
                    Integer.class,
                    AlgorithmParams::virtualNodesPerWeight,
                    AlgorithmParams::withVirtualNodesPerWeight));
        }
        if (kind == AlgorithmKind.MAGLEV) {
            items.add(b.param(
                    "Maglev: table size",
                    "Maglev: lookup table size M, a prime such as 65537",
                    Integer.class,
                    AlgorithmParams::maglevTableSize,
                    AlgorithmParams::withMaglevTableSize));
        }
        if (kind == AlgorithmKind.LEAST_RESPONSE_TIME) {
            items.add(b.param(
                    "Least response time: EWMA decay (ms)",
                    "Time constant of the latency average",
                    Double.class,
                    AlgorithmParams::ewmaDecayMs,
                    AlgorithmParams::withEwmaDecayMs));
        }
        if (kind.weighted()) {
            items.add(b.param(
                    "Slow start (ms)",
                    "A returning server's weight ramps up over this window; 0 = off",
                    Long.class,
                    AlgorithmParams::slowStartMs,
                    AlgorithmParams::withSlowStartMs));
        }
        items.addAll(List.of(
                b.health(
                        "Health check: interval (ms)",
                        "Time between two heartbeats to a server",
                        Long.class,
                        HealthCheckSpec::intervalMs,
                        HealthCheckSpec::withIntervalMs),
                b.health(
                        "Health check: timeout (ms)",
                        "A heartbeat slower than this counts as missed",
                        Long.class,
                        HealthCheckSpec::timeoutMs,
                        HealthCheckSpec::withTimeoutMs),
                b.health(
                        "Health check: fall",
                        "Missed heartbeats in a row that mark a server DOWN",
                        Integer.class,
                        HealthCheckSpec::fall,
                        HealthCheckSpec::withFall),
                b.health(
                        "Health check: rise",
                        "Answered heartbeats in a row that mark a DOWN server UP",
                        Integer.class,
                        HealthCheckSpec::rise,
                        HealthCheckSpec::withRise),
                b.retry(
                        "Retry: max attempts",
                        "Attempts per request including the first; 1 = no retry",
                        Integer.class,
                        RetrySpec::maxAttempts,
                        RetrySpec::withMaxAttempts),
                b.retry(
                        "Retry: per-try timeout (ms)",
                        "An attempt slower than this is abandoned; 0 = none",
                        Long.class,
                        RetrySpec::perTryTimeoutMs,
                        RetrySpec::withPerTryTimeoutMs),
                b.retry(
                        "Retry: backoff base (ms)",
                        "Retry n waits a random time up to base × 2^(n-1), capped",
                        Long.class,
                        RetrySpec::backoffBaseMs,
                        (r, v) -> r.withBackoffMaxMs(Math.max(v, r.backoffMaxMs()))
                                .withBackoffBaseMs(v)),
                b.retry(
                        "Retry: backoff cap (ms)",
                        "Longest wait before a retry",
                        Long.class,
                        RetrySpec::backoffMaxMs,
                        RetrySpec::withBackoffMaxMs),
                b.retry(
                        "Retry: budget (%)",
                        "Retries in progress at most this % of active requests; 0 = no budget",
                        Double.class,
                        RetrySpec::budgetPercent,
                        RetrySpec::withBudgetPercent),
                b.outliers(
                        "Outliers: consecutive errors",
                        "Failed attempts in a row that eject a server; 0 = off",
                        Integer.class,
                        OutlierDetectionSpec::consecutiveErrors,
                        OutlierDetectionSpec::withConsecutiveErrors),
                b.outliers(
                        "Outliers: base ejection (ms)",
                        "First ejection; each further one lasts longer",
                        Long.class,
                        OutlierDetectionSpec::baseEjectionTimeMs,
                        OutlierDetectionSpec::withBaseEjectionTimeMs),
                b.outliers(
                        "Outliers: max ejection (%)",
                        "Most servers ejected at once (at least one may be)",
                        Double.class,
                        OutlierDetectionSpec::maxEjectionPercent,
                        OutlierDetectionSpec::withMaxEjectionPercent)));
        return items;
    }

    private <T> PropertySheet.Item param(
            String name,
            String description,
            Class<T> type,
            Function<AlgorithmParams, T> get,
            BiFunction<AlgorithmParams, T, AlgorithmParams> set) {
        return item(
                ALGORITHM,
                name,
                description,
                type,
                b -> get.apply(b.params()),
                (b, v) -> b.withParams(set.apply(b.params(), v)));
    }

    private <T> PropertySheet.Item health(
            String name,
            String description,
            Class<T> type,
            Function<HealthCheckSpec, T> get,
            BiFunction<HealthCheckSpec, T, HealthCheckSpec> set) {
        return item(
                HEALTH,
                name,
                description,
                type,
                b -> get.apply(b.healthCheck()),
                (b, v) -> b.withHealthCheck(set.apply(b.healthCheck(), v)));
    }

    private <T> PropertySheet.Item retry(
            String name,
            String description,
            Class<T> type,
            Function<RetrySpec, T> get,
            BiFunction<RetrySpec, T, RetrySpec> set) {
        return item(
                RETRY,
                name,
                description,
                type,
                b -> get.apply(b.retry()),
                (b, v) -> b.withRetry(set.apply(b.retry(), v)));
    }

    private <T> PropertySheet.Item outliers(
            String name,
            String description,
            Class<T> type,
            Function<OutlierDetectionSpec, T> get,
            BiFunction<OutlierDetectionSpec, T, OutlierDetectionSpec> set) {
        return item(
                OUTLIERS,
                name,
                description,
                type,
                b -> get.apply(b.outlierDetection()),
                (b, v) -> b.withOutlierDetection(set.apply(b.outlierDetection(), v)));
    }

    private <T> PropertySheet.Item item(
            String category,
            String name,
            String description,
            Class<T> type,
            Function<BalancerSpec, T> get,
            BiFunction<BalancerSpec, T, BalancerSpec> set) {
        return new SpecItem<>(category, name, description, type, get, set, spec, commit);
    }
}
