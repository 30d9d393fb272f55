package dev.balancelab.ui.editor;

import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.controlsfx.control.PropertySheet;

/**
 * The balancer's rows of the property sheet, grouped as in a topology file: algorithm parameters, active health
 * check, retry policy and outlier detection. Every edit restarts the lab; values a record refuses are ignored.
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
        return List.of(
                b.param(
                        "Ring: virtual nodes per weight",
                        "Consistent hashing: ring points per unit of weight",
                        Integer.class,
                        AlgorithmParams::virtualNodesPerWeight,
                        (p, v) -> new AlgorithmParams(v, p.maglevTableSize(), p.ewmaDecayMs(), p.slowStartMs())),
                b.param(
                        "Maglev: table size",
                        "Maglev: lookup table size M, a prime such as 65537",
                        Integer.class,
                        AlgorithmParams::maglevTableSize,
                        (p, v) -> new AlgorithmParams(p.virtualNodesPerWeight(), v, p.ewmaDecayMs(), p.slowStartMs())),
                b.param(
                        "Least response time: EWMA decay (ms)",
                        "Time constant of the latency average",
                        Double.class,
                        AlgorithmParams::ewmaDecayMs,
                        (p, v) -> new AlgorithmParams(
                                p.virtualNodesPerWeight(), p.maglevTableSize(), v, p.slowStartMs())),
                b.param(
                        "Slow start (ms)",
                        "A returning server's weight ramps up over this window; 0 = off",
                        Long.class,
                        AlgorithmParams::slowStartMs,
                        (p, v) -> new AlgorithmParams(
                                p.virtualNodesPerWeight(), p.maglevTableSize(), p.ewmaDecayMs(), v)),
                b.health(
                        "Health check: interval (ms)",
                        "Time between two heartbeats to a server",
                        Long.class,
                        HealthCheckSpec::intervalMs,
                        (h, v) -> new HealthCheckSpec(v, h.timeoutMs(), h.fall(), h.rise())),
                b.health(
                        "Health check: timeout (ms)",
                        "A heartbeat slower than this counts as missed",
                        Long.class,
                        HealthCheckSpec::timeoutMs,
                        (h, v) -> new HealthCheckSpec(h.intervalMs(), v, h.fall(), h.rise())),
                b.health(
                        "Health check: fall",
                        "Missed heartbeats in a row that mark a server DOWN",
                        Integer.class,
                        HealthCheckSpec::fall,
                        (h, v) -> new HealthCheckSpec(h.intervalMs(), h.timeoutMs(), v, h.rise())),
                b.health(
                        "Health check: rise",
                        "Answered heartbeats in a row that mark a DOWN server UP",
                        Integer.class,
                        HealthCheckSpec::rise,
                        (h, v) -> new HealthCheckSpec(h.intervalMs(), h.timeoutMs(), h.fall(), v)),
                b.retry(
                        "Retry: max attempts",
                        "Attempts per request including the first; 1 = no retry",
                        Integer.class,
                        RetrySpec::maxAttempts,
                        (r, v) -> new RetrySpec(
                                v,
                                r.perTryTimeoutMs(),
                                r.backoffBaseMs(),
                                r.backoffMaxMs(),
                                r.budgetPercent(),
                                r.minRetryConcurrency(),
                                r.retryOn())),
                b.retry(
                        "Retry: per-try timeout (ms)",
                        "An attempt slower than this is abandoned; 0 = none",
                        Long.class,
                        RetrySpec::perTryTimeoutMs,
                        (r, v) -> new RetrySpec(
                                r.maxAttempts(),
                                v,
                                r.backoffBaseMs(),
                                r.backoffMaxMs(),
                                r.budgetPercent(),
                                r.minRetryConcurrency(),
                                r.retryOn())),
                b.retry(
                        "Retry: backoff base (ms)",
                        "Retry n waits a random time up to base × 2^(n-1), capped",
                        Long.class,
                        RetrySpec::backoffBaseMs,
                        (r, v) -> new RetrySpec(
                                r.maxAttempts(),
                                r.perTryTimeoutMs(),
                                v,
                                Math.max(v, r.backoffMaxMs()),
                                r.budgetPercent(),
                                r.minRetryConcurrency(),
                                r.retryOn())),
                b.retry(
                        "Retry: backoff cap (ms)",
                        "Longest wait before a retry",
                        Long.class,
                        RetrySpec::backoffMaxMs,
                        (r, v) -> new RetrySpec(
                                r.maxAttempts(),
                                r.perTryTimeoutMs(),
                                r.backoffBaseMs(),
                                v,
                                r.budgetPercent(),
                                r.minRetryConcurrency(),
                                r.retryOn())),
                b.retry(
                        "Retry: budget (%)",
                        "Retries in progress at most this % of active requests; 0 = no budget",
                        Double.class,
                        RetrySpec::budgetPercent,
                        (r, v) -> new RetrySpec(
                                r.maxAttempts(),
                                r.perTryTimeoutMs(),
                                r.backoffBaseMs(),
                                r.backoffMaxMs(),
                                v,
                                r.minRetryConcurrency(),
                                r.retryOn())),
                b.outliers(
                        "Outliers: consecutive errors",
                        "Failed attempts in a row that eject a server; 0 = off",
                        Integer.class,
                        OutlierDetectionSpec::consecutiveErrors,
                        (o, v) -> new OutlierDetectionSpec(v, o.baseEjectionTimeMs(), o.maxEjectionPercent())),
                b.outliers(
                        "Outliers: base ejection (ms)",
                        "First ejection; each further one lasts longer",
                        Long.class,
                        OutlierDetectionSpec::baseEjectionTimeMs,
                        (o, v) -> new OutlierDetectionSpec(o.consecutiveErrors(), v, o.maxEjectionPercent())),
                b.outliers(
                        "Outliers: max ejection (%)",
                        "Most servers ejected at once (at least one may be)",
                        Double.class,
                        OutlierDetectionSpec::maxEjectionPercent,
                        (o, v) -> new OutlierDetectionSpec(o.consecutiveErrors(), o.baseEjectionTimeMs(), v)));
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
