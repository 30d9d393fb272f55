package dev.balancelab.telemetry;

/**
 * The storage tier's figures since the lab started ({@code run --json}'s {@code "data"}).
 *
 * @param reads reads the servers sent to the storage tier
 * @param writes writes
 * @param failedReads reads that did not reach R answers
 * @param failedWrites writes that did not reach W answers
 * @param underReplicatedKeys the clients' keys with fewer than N running home replicas, with the nodes down now
 * @param unavailableKeys the clients' keys a read or a write of which fails now (fewer than {@code max(R, W)}
 *     answering replicas)
 * @param hintsStored writes a stand-in took for a down replica (sloppy quorums)
 * @param hintsDelivered hints handed back to their replica on its revive
 */
public record DataCounts(
        long reads,
        long writes,
        long failedReads,
        long failedWrites,
        int underReplicatedKeys,
        int unavailableKeys,
        long hintsStored,
        long hintsDelivered) {}
