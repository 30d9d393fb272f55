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
 * @param backup a backup server (nginx {@code server ... backup}, HAProxy {@code server ... backup}): it gets no
 *     traffic while any non-backup server is available, and takes over when none is (see {@code
 *     balancing.LoadBalancer})
 * @param cache the server's cache of response keys, or null for none
 * @param url where the server answers HTTP if the lab does not run it (a student's own service: its workers, queue,
 *     service time and cache are then not the lab's), or null for a server the lab runs
 */
public record ServerSpec(
        ServerId id,
        String name,
        int weight,
        int workers,
        int queueCapacity,
        ServiceTime serviceTime,
        FailureKind failure,
        Position position,
        boolean backup,
        CacheSpec cache,
        ServiceUrl url) {
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

    /** A server the lab runs, not a backup, without a cache. */
    public ServerSpec(
            ServerId id,
            String name,
            int weight,
            int workers,
            int queueCapacity,
            ServiceTime serviceTime,
            FailureKind failure,
            Position position) {
        this(id, name, weight, workers, queueCapacity, serviceTime, failure, position, false, null, null);
    }

    /**
     * A server with every setting at its default, the one place both a topology file's absent fields and the editor's
     * new servers come from (documented in {@code sample-topologies/README.md}): named after its id, weight 1, 4
     * workers, a queue of 20, {@link ServiceTime#DEFAULT}, healthy.
     */
    public static ServerSpec defaults(ServerId id, Position position) {
        return new ServerSpec(id, id.value(), 1, 4, 20, ServiceTime.DEFAULT, FailureKind.NONE, position);
    }

    /** A copy drawn at another position. */
    public ServerSpec withPosition(Position newPosition) {
        return new ServerSpec(
                id, name, weight, workers, queueCapacity, serviceTime, failure, newPosition, backup, cache, url);
    }

    /** A copy with another weight. */
    public ServerSpec withWeight(int newWeight) {
        return new ServerSpec(
                id, name, newWeight, workers, queueCapacity, serviceTime, failure, position, backup, cache, url);
    }

    /** A copy with another {@code name}, checked as the constructor checks it. */
    public ServerSpec withName(String value) {
        return new ServerSpec(
                id, value, weight, workers, queueCapacity, serviceTime, failure, position, backup, cache, url);
    }

    /** A copy with another {@code workers}, checked as the constructor checks it. */
    public ServerSpec withWorkers(int value) {
        return new ServerSpec(
                id, name, weight, value, queueCapacity, serviceTime, failure, position, backup, cache, url);
    }

    /** A copy with another {@code queueCapacity}, checked as the constructor checks it. */
    public ServerSpec withQueueCapacity(int value) {
        return new ServerSpec(id, name, weight, workers, value, serviceTime, failure, position, backup, cache, url);
    }

    /** A copy with another {@code serviceTime}, checked as the constructor checks it. */
    public ServerSpec withServiceTime(ServiceTime value) {
        return new ServerSpec(id, name, weight, workers, queueCapacity, value, failure, position, backup, cache, url);
    }

    /** A copy with another {@code failure}, checked as the constructor checks it. */
    public ServerSpec withFailure(FailureKind value) {
        return new ServerSpec(
                id, name, weight, workers, queueCapacity, serviceTime, value, position, backup, cache, url);
    }

    /** A copy that is a backup server or not. */
    public ServerSpec withBackup(boolean value) {
        return new ServerSpec(
                id, name, weight, workers, queueCapacity, serviceTime, failure, position, value, cache, url);
    }

    /** A copy whose HTTP is answered at {@code value} (a server the lab does not run), or by the lab (null). */
    public ServerSpec withUrl(ServiceUrl value) {
        return new ServerSpec(
                id, name, weight, workers, queueCapacity, serviceTime, failure, position, backup, cache, value);
    }

    /** A copy with another {@code cache}, or none (null). */
    public ServerSpec withCache(CacheSpec value) {
        return new ServerSpec(
                id, name, weight, workers, queueCapacity, serviceTime, failure, position, backup, value, url);
    }
}
