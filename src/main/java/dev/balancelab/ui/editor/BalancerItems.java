package dev.balancelab.ui.editor;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.Limits;
import dev.balancelab.domain.OutlierDetectionSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.ui.common.I18n;
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
 * algorithms), each number within its {@link Limits} range. Every edit restarts the lab.
 */
final class BalancerItems {
    private static final String ALGORITHM = "editor.category.algorithm";
    private static final String HEALTH = "editor.category.health";
    private static final String RETRY = "editor.category.retry";
    private static final String OUTLIERS = "editor.category.outliers";

    private final Supplier<BalancerSpec> spec;
    private final Consumer<BalancerSpec> commit;
    private final Consumer<String> refused;

    private BalancerItems(Supplier<BalancerSpec> spec, Consumer<BalancerSpec> commit, Consumer<String> refused) {
        this.spec = spec;
        this.commit = commit;
        this.refused = refused;
    }

    /**
     * @param spec the latest balancer
     * @param commit takes the edited balancer
     * @param refused takes the one-line message when a value is not applied
     */
    static List<PropertySheet.Item> of(
            Supplier<BalancerSpec> spec, Consumer<BalancerSpec> commit, Consumer<String> refused) {
        BalancerItems b = new BalancerItems(spec, commit, refused);
        AlgorithmKind kind = spec.get().algorithm();
        List<PropertySheet.Item> items = new ArrayList<>();
        if (kind == AlgorithmKind.CONSISTENT_HASH) {
            items.add(b.param(
                    I18n.t("editor.lb.virtualNodes"),
                    I18n.t("editor.lb.virtualNodes.description"),
                    Integer.class,
                    Limits.VIRTUAL_NODES_PER_WEIGHT,
                    AlgorithmParams::virtualNodesPerWeight,
                    AlgorithmParams::withVirtualNodesPerWeight));
        }
        if (kind == AlgorithmKind.MAGLEV) {
            items.add(b.param(
                    I18n.t("editor.lb.maglevSize"),
                    I18n.t("editor.lb.maglevSize.description"),
                    Integer.class,
                    Limits.MAGLEV_TABLE_SIZE,
                    AlgorithmParams::maglevTableSize,
                    AlgorithmParams::withMaglevTableSize));
        }
        if (kind == AlgorithmKind.LEAST_RESPONSE_TIME) {
            items.add(b.param(
                    I18n.t("editor.lb.ewmaDecay"),
                    I18n.t("editor.lb.ewmaDecay.description"),
                    Double.class,
                    Limits.EWMA_DECAY_MS,
                    AlgorithmParams::ewmaDecayMs,
                    AlgorithmParams::withEwmaDecayMs));
        }
        if (kind.weighted()) {
            items.add(b.param(
                    I18n.t("editor.lb.slowStart"),
                    I18n.t("editor.lb.slowStart.description"),
                    Long.class,
                    Limits.SLOW_START_MS,
                    AlgorithmParams::slowStartMs,
                    AlgorithmParams::withSlowStartMs));
        }
        items.addAll(List.of(
                b.health(
                        I18n.t("push.editor.model"),
                        I18n.t("push.editor.model.description"),
                        HealthModel.class,
                        null,
                        HealthCheckSpec::model,
                        HealthCheckSpec::withModel),
                b.health(
                        I18n.t("editor.lb.interval"),
                        I18n.t("editor.lb.interval.description"),
                        Long.class,
                        Limits.CHECK_MS,
                        HealthCheckSpec::intervalMs,
                        HealthCheckSpec::withIntervalMs),
                b.health(
                        I18n.t("editor.lb.timeout"),
                        I18n.t("editor.lb.timeout.description"),
                        Long.class,
                        Limits.CHECK_MS,
                        HealthCheckSpec::timeoutMs,
                        HealthCheckSpec::withTimeoutMs),
                b.health(
                        I18n.t("editor.lb.fall"),
                        I18n.t("editor.lb.fall.description"),
                        Integer.class,
                        Limits.CHECK_COUNT,
                        HealthCheckSpec::fall,
                        HealthCheckSpec::withFall),
                b.health(
                        I18n.t("editor.lb.rise"),
                        I18n.t("editor.lb.rise.description"),
                        Integer.class,
                        Limits.CHECK_COUNT,
                        HealthCheckSpec::rise,
                        HealthCheckSpec::withRise),
                b.health(
                        I18n.t("push.editor.ttl"),
                        I18n.t("push.editor.ttl.description"),
                        Long.class,
                        Limits.CHECK_MS,
                        HealthCheckSpec::ttlMs,
                        HealthCheckSpec::withTtlMs),
                b.retry(
                        I18n.t("editor.lb.maxAttempts"),
                        I18n.t("editor.lb.maxAttempts.description"),
                        Integer.class,
                        Limits.MAX_ATTEMPTS,
                        RetrySpec::maxAttempts,
                        RetrySpec::withMaxAttempts),
                b.retry(
                        I18n.t("editor.lb.perTryTimeout"),
                        I18n.t("editor.lb.perTryTimeout.description"),
                        Long.class,
                        Limits.RETRY_MS,
                        RetrySpec::perTryTimeoutMs,
                        RetrySpec::withPerTryTimeoutMs),
                b.retry(
                        I18n.t("editor.lb.backoffBase"),
                        I18n.t("editor.lb.backoffBase.description"),
                        Long.class,
                        Limits.RETRY_MS,
                        RetrySpec::backoffBaseMs,
                        (r, v) -> r.withBackoffMaxMs(Math.max(v, r.backoffMaxMs()))
                                .withBackoffBaseMs(v)),
                b.retry(
                        I18n.t("editor.lb.backoffCap"),
                        I18n.t("editor.lb.backoffCap.description"),
                        Long.class,
                        Limits.RETRY_MS,
                        RetrySpec::backoffMaxMs,
                        RetrySpec::withBackoffMaxMs),
                b.retry(
                        I18n.t("editor.lb.budget"),
                        I18n.t("editor.lb.budget.description"),
                        Double.class,
                        Limits.PERCENT,
                        RetrySpec::budgetPercent,
                        RetrySpec::withBudgetPercent),
                b.outliers(
                        I18n.t("editor.lb.consecutiveErrors"),
                        I18n.t("editor.lb.consecutiveErrors.description"),
                        Integer.class,
                        Limits.CONSECUTIVE_ERRORS,
                        OutlierDetectionSpec::consecutiveErrors,
                        OutlierDetectionSpec::withConsecutiveErrors),
                b.outliers(
                        I18n.t("editor.lb.baseEjection"),
                        I18n.t("editor.lb.baseEjection.description"),
                        Long.class,
                        Limits.BASE_EJECTION_MS,
                        OutlierDetectionSpec::baseEjectionTimeMs,
                        OutlierDetectionSpec::withBaseEjectionTimeMs),
                b.outliers(
                        I18n.t("editor.lb.maxEjection"),
                        I18n.t("editor.lb.maxEjection.description"),
                        Double.class,
                        Limits.PERCENT,
                        OutlierDetectionSpec::maxEjectionPercent,
                        OutlierDetectionSpec::withMaxEjectionPercent)));
        return items;
    }

    private <T> PropertySheet.Item param(
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<AlgorithmParams, T> get,
            BiFunction<AlgorithmParams, T, AlgorithmParams> set) {
        return item(
                I18n.t(ALGORITHM),
                name,
                description,
                type,
                range,
                b -> get.apply(b.params()),
                (b, v) -> b.withParams(set.apply(b.params(), v)));
    }

    private <T> PropertySheet.Item health(
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<HealthCheckSpec, T> get,
            BiFunction<HealthCheckSpec, T, HealthCheckSpec> set) {
        return item(
                I18n.t(HEALTH),
                name,
                description,
                type,
                range,
                b -> get.apply(b.healthCheck()),
                (b, v) -> b.withHealthCheck(set.apply(b.healthCheck(), v)));
    }

    private <T> PropertySheet.Item retry(
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<RetrySpec, T> get,
            BiFunction<RetrySpec, T, RetrySpec> set) {
        return item(
                I18n.t(RETRY),
                name,
                description,
                type,
                range,
                b -> get.apply(b.retry()),
                (b, v) -> b.withRetry(set.apply(b.retry(), v)));
    }

    private <T> PropertySheet.Item outliers(
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<OutlierDetectionSpec, T> get,
            BiFunction<OutlierDetectionSpec, T, OutlierDetectionSpec> set) {
        return item(
                I18n.t(OUTLIERS),
                name,
                description,
                type,
                range,
                b -> get.apply(b.outlierDetection()),
                (b, v) -> b.withOutlierDetection(set.apply(b.outlierDetection(), v)));
    }

    private <T> PropertySheet.Item item(
            String category,
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<BalancerSpec, T> get,
            BiFunction<BalancerSpec, T, BalancerSpec> set) {
        return new SpecItem<>(category, name, description, type, range, get, set, spec, commit, refused);
    }
}
