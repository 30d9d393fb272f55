package dev.balancelab.engine;

import dev.balancelab.domain.ServerId;
import java.util.List;

/**
 * How the storage tier answered one server's read or write of a key (Dynamo's quorums, DeCandia et al., SOSP 2007,
 * section 4.5): the operation went to {@code targets} (the key's preference list), {@code answered} of them answered
 * and it needed {@code quorum} (R for a read, W for a write).
 *
 * @param write a write, else a read
 * @param ok whether at least {@code quorum} replicas answered
 * @param answered replicas that answered, 0..targets
 * @param quorum R or W, &gt;= 1
 * @param targets the storage nodes it went to, in preference-list order
 * @param nanos lab ns until the quorum answered (the R-th or W-th fastest answer); 0 when it failed
 */
public record StorageAnswer(boolean write, boolean ok, int answered, int quorum, List<ServerId> targets, long nanos) {
    /** Copies the list. */
    public StorageAnswer {
        targets = List.copyOf(targets);
    }
}
