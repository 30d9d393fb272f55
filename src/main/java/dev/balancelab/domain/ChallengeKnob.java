package dev.balancelab.domain;

/** A setting a challenge lets the student change (shown with the goal). In files, kebab case ({@code health-check}). */
public enum ChallengeKnob {
    /** {@code balancer.algorithm}. */
    ALGORITHM,
    /** {@code servers[].weight}. */
    WEIGHTS,
    /** {@code balancer.retry}. */
    RETRY,
    /** {@code balancer.healthCheck}. */
    HEALTH_CHECK,
    /** {@code balancer.outlierDetection}. */
    OUTLIER_DETECTION,
    /** {@code balancer.params.virtualNodesPerWeight}. */
    VIRTUAL_NODES,
    /** {@code servers[].workers}. */
    WORKERS
}
