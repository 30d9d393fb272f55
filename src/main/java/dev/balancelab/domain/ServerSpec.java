package dev.balancelab.domain;

import java.util.Objects;

/**
 * One backend server: a pool of {@code workers} threads behind a bounded queue.
 *
 * @param id unique id
 * @param name display name
 * @param weight balancing weight, &gt;= 1 (nginx {@code weight=})
 * @param workers worker threads, the number of requests served at once, &gt;= 1
 * @param queueCapacity requests that may wait for a worker, &gt;= 0; beyond it a request is rejected
 * @param serviceTime service time per request at lab speed 1×
 * @param failure the failure the server starts in ({@link FailureKind#NONE} for a healthy one)
 * @param position where the server is drawn
 */
public record ServerSpec(
        ServerId id,
        String name,
        int weight,
        int workers,
        int queueCapacity,
        ServiceTime serviceTime,
        FailureKind failure,
        Position position) {
    /** @throws IllegalArgumentException if a number is out of range */
    public ServerSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serviceTime, "serviceTime");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(position, "position");
        Checks.atLeast("weight", weight, 1);
        Checks.atLeast("workers", workers, 1);
        Checks.atLeast("queueCapacity", queueCapacity, 0);
    }

    /** A copy drawn at another position. */
    public ServerSpec withPosition(Position newPosition) {
        return new ServerSpec(id, name, weight, workers, queueCapacity, serviceTime, failure, newPosition);
    }

    /** A copy with another weight. */
    public ServerSpec withWeight(int newWeight) {
        return new ServerSpec(id, name, newWeight, workers, queueCapacity, serviceTime, failure, position);
    }
}
