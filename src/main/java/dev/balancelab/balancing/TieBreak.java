package dev.balancelab.balancing;

import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a least-loaded picker ({@link LeastScorePicker}) chooses among the endpoints tied at the lowest score. An
 * instance holds the rule's state and is shared by every picker generation of one balancer, so the rule goes on
 * across rebuilds; it is thread-safe.
 */
interface TieBreak {
    /**
     * Chooses one of {@code tied} and records the choice. Called on every pick, also when one endpoint alone has the
     * lowest score.
     *
     * @param tied the endpoints with the lowest score, in topology order; not empty
     * @return one of them
     */
    Endpoint choose(List<Endpoint> tied);

    /**
     * The reason line naming the rule and the tied endpoints.
     *
     * @param tied the ids of the tied endpoints, in topology order
     * @return the line, for example "ties: the least recently picked (HAProxy leastconn): [a, b]"
     */
    Reason rule(List<String> tied);

    /**
     * nginx {@code least_conn} ({@code ngx_http_upstream_get_least_conn_peer} in
     * {@code src/http/modules/ngx_http_upstream_least_conn_module.c}): when several peers share the lowest
     * {@code conns / weight}, smooth weighted round robin runs among them alone (their {@code current_weight} grows by
     * their weight, the largest wins, the total of the tied weights is subtracted from it); a sole winner leaves the
     * current weights as they are. All idle with weights 5/1/1 this gives {@code a a b a c a a}, as plain smooth WRR.
     * The current weights are kept per server id ({@link CurrentWeights}).
     */
    final class SmoothWeighted implements TieBreak {
        private final CurrentWeights weights = new CurrentWeights();

        @Override
        public Endpoint choose(List<Endpoint> tied) {
            if (tied.size() == 1) {
                return tied.get(0);
            }
            synchronized (weights) {
                return tied.get(weights.step(tied, weights.slotsOf(tied), Set.of()));
            }
        }

        @Override
        public Reason rule(List<String> tied) {
            return Reason.of(
                    "why.ties.smoothWeighted",
                    "ties: smooth weighted round robin among the tied (nginx least_conn): {0}",
                    tied);
        }
    }

    /**
     * HAProxy {@code balance leastconn} ({@code src/lb_fwlc.c}): servers sit in an ebtree keyed by their load, and
     * servers with equal keys are kept in insertion order; a server is taken out and inserted again, behind the others
     * with its key, whenever its load changes ({@code fwlc_srv_reposition}). The first server of the lowest key wins,
     * so tied servers take turns in the order they were last moved: idle servers behind one busy server share evenly.
     * The lab moves a server to the back of its tie group when it is picked; HAProxy moves it again when the
     * connection ends, so under concurrency the order of completions, not of picks, decides the next tie.
     */
    final class LeastRecentlyPicked implements TieBreak {
        private final Map<ServerId, Long> lastPicked = new HashMap<>();
        private long picks;

        @Override
        public synchronized Endpoint choose(List<Endpoint> tied) {
            Endpoint best = null;
            long bestStamp = Long.MAX_VALUE;
            for (Endpoint e : tied) {
                long stamp = lastPicked.getOrDefault(e.id(), -1L);
                if (best == null || stamp < bestStamp) {
                    best = e;
                    bestStamp = stamp;
                }
            }
            lastPicked.put(best.id(), picks++);
            return best;
        }

        @Override
        public Reason rule(List<String> tied) {
            return Reason.of(
                    "why.ties.leastRecentlyPicked", "ties: the least recently picked (HAProxy leastconn): {0}", tied);
        }
    }
}
