package dev.balancelab.domain;

import java.util.Objects;

/**
 * The load balancer of a topology.
 *
 * @param algorithm the balancing algorithm
 * @param params the algorithm's tuning parameters
 * @param healthCheck active health check settings
 * @param retry retry policy
 * @param outlierDetection passive health checking
 */
public record BalancerSpec(
        AlgorithmKind algorithm,
        AlgorithmParams params,
        HealthCheckSpec healthCheck,
        RetrySpec retry,
        OutlierDetectionSpec outlierDetection) {
    /** @throws NullPointerException if any component is null */
    public BalancerSpec {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(healthCheck, "healthCheck");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(outlierDetection, "outlierDetection");
    }

    /** A balancer without outlier detection. */
    public BalancerSpec(AlgorithmKind algorithm, AlgorithmParams params, HealthCheckSpec healthCheck, RetrySpec retry) {
        this(algorithm, params, healthCheck, retry, OutlierDetectionSpec.OFF);
    }

    /**
     * {@code algorithm} with every setting at its default: {@link AlgorithmParams#DEFAULT},
     * {@link HealthCheckSpec#DEFAULT}, {@link RetrySpec#DEFAULT}, outlier detection {@link OutlierDetectionSpec#OFF}.
     */
    public static BalancerSpec defaults(AlgorithmKind algorithm) {
        return new BalancerSpec(
                algorithm,
                AlgorithmParams.DEFAULT,
                HealthCheckSpec.DEFAULT,
                RetrySpec.DEFAULT,
                OutlierDetectionSpec.OFF);
    }

    /** A copy with other algorithm parameters. */
    public BalancerSpec withParams(AlgorithmParams p) {
        return new BalancerSpec(algorithm, p, healthCheck, retry, outlierDetection);
    }

    /** A copy with another health check. */
    public BalancerSpec withHealthCheck(HealthCheckSpec h) {
        return new BalancerSpec(algorithm, params, h, retry, outlierDetection);
    }

    /** A copy with another retry policy. */
    public BalancerSpec withRetry(RetrySpec r) {
        return new BalancerSpec(algorithm, params, healthCheck, r, outlierDetection);
    }

    /** A copy with other outlier detection. */
    public BalancerSpec withOutlierDetection(OutlierDetectionSpec o) {
        return new BalancerSpec(algorithm, params, healthCheck, retry, o);
    }

    /** A copy that uses another algorithm. */
    public BalancerSpec withAlgorithm(AlgorithmKind kind) {
        return new BalancerSpec(kind, params, healthCheck, retry, outlierDetection);
    }
}
