package dev.balancelab.domain;

/**
 * Dynamo-style replication of a storage tier (DeCandia et al., "Dynamo: Amazon's Highly Available Key-value Store",
 * SOSP 2007, sections 4.3 and 4.5): each key is stored on the {@code replicas} nodes of its preference list; a write
 * succeeds when {@code writeQuorum} of them take it, a read when {@code readQuorum} of them answer.
 *
 * @param replicas N, the replication factor, &gt;= 1
 * @param writeQuorum W, in {@code 1..N}
 * @param readQuorum R, in {@code 1..N}
 */
public record ReplicationSpec(int replicas, int writeQuorum, int readQuorum) {
    /** @throws IllegalArgumentException if N &lt; 1 or W or R is outside {@code 1..N} */
    public ReplicationSpec {
        Checks.atLeast("replicas", replicas, 1);
        Checks.atLeast("writeQuorum", writeQuorum, 1);
        Checks.atMost("writeQuorum", writeQuorum, replicas);
        Checks.atLeast("readQuorum", readQuorum, 1);
        Checks.atMost("readQuorum", readQuorum, replicas);
    }
}
