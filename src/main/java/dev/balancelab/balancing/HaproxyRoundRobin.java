package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * HAProxy's {@code balance roundrobin}, step for step: the fast weighted round robin of {@code src/lb_fwrr.c}
 * ({@code fwrr_get_next_server}, {@code fwrr_update_position}, {@code fwrr_queue_srv}), with effective weights of
 * 16 × weight ({@code BE_WEIGHT_SCALE}) as HAProxy 2.6 computes them. Each server has a next position in a cycle of
 * the total weight; the server whose position comes first is picked and moves on by {@code total / weight}, carrying
 * the remainder; servers not yet placed wait in a tree sorted by weight, heaviest first. Weights 5, 1, 1 give
 * {@code a a a b a a c}, as HAProxy 2.6 sent on loopback ({@code docs/fidelity.md}); nginx's smooth weighted round
 * robin gives {@code a a b a c a a}.
 *
 * <p>A retry skips tried servers as HAProxy's {@code srvtoavoid} does: the avoided server still uses its turn. The
 * state is shared by picker generations over the same servers and weights; any change of the server set or a weight
 * starts a new cycle, where HAProxy re-inserts a returning or re-weighted server at a computed position
 * ({@code fwrr_set_server_status_up}, {@code fwrr_update_server_weight}): the shares stay, the order right after the
 * change differs. Picks lock the shared state.
 */
public final class HaproxyRoundRobin implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.HAPROXY_ROUND_ROBIN;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        int[] weights = endpoints.stream().mapToInt(Endpoint::weight).toArray();
        boolean same = previous instanceof FwrrPicker p
                && p.endpoints().stream().map(Endpoint::id).toList().equals(ids(endpoints))
                && Arrays.equals(p.state.weights, weights);
        return new FwrrPicker(endpoints, same ? ((FwrrPicker) previous).state : new Fwrr(weights));
    }

    private static List<ServerId> ids(List<Endpoint> endpoints) {
        return endpoints.stream().map(Endpoint::id).toList();
    }

    private static final class FwrrPicker extends AbstractPicker {
        private final Fwrr state;

        FwrrPicker(List<Endpoint> endpoints, Fwrr state) {
            super(endpoints);
            this.state = state;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            Set<ServerId> skip = Untried.skipped(endpoints, request);
            synchronized (state) {
                int s = state.next(i -> skip.contains(endpoints.get(i).id()));
                if (why != null) {
                    why.add(Reason.of(
                            "why.fwrr",
                            "HAProxy roundrobin (lb_fwrr.c): {0} had the first position, {1}; its next is {2}",
                            endpoints.get(s).id(),
                            state.lastPosition[s],
                            state.position[s]));
                }
                return endpoints.get(s);
            }
        }
    }

    /** One FWRR group ({@code struct fwrr_grp}) over servers 0..n-1; trees are kept as a tree id per server. */
    private static final class Fwrr {
        private static final int SCALE = 16;
        private static final int RANGE = 256;
        private static final long EWEIGHT_MAX = (long) RANGE * SCALE;
        private static final int NONE = 0;
        private static final int CURR = 1;

        final int[] weights;
        private final long[] eweight;
        final long[] position;
        final long[] lastPosition;
        private final long[] remainder;
        private final int[] tree;
        private final long[] key;
        private final long[] order;
        private long inserted;
        private long currPos;
        private long currWeight;
        private final long nextWeight;
        private int init = 2;
        private int next = 3;

        Fwrr(int[] weights) {
            int n = weights.length;
            this.weights = weights.clone();
            eweight = new long[n];
            position = new long[n];
            lastPosition = new long[n];
            remainder = new long[n];
            tree = new int[n];
            key = new long[n];
            order = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                eweight[i] = (long) weights[i] * SCALE;
                total += eweight[i];
            }
            nextWeight = total;
            currPos = total;
            currWeight = total;
            for (int i = 0; i < n; i++) {
                insert(init, i, EWEIGHT_MAX - eweight[i]);
            }
        }

        /**
         * {@code fwrr_get_next_server} without saturation: the next server not {@code avoided}, its position moved
         * on. An avoided server is taken out with its position moved on too ({@code srvtoavoid}), and put back after
         * the chosen one, the last taken first, as HAProxy requeues its {@code next_full} chain.
         */
        int next(IntPredicate avoided) {
            if (currWeight == 0) {
                currPos = nextWeight;
                currWeight = nextWeight;
            }
            Deque<Integer> held = new ArrayDeque<>();
            int s = take();
            while (avoided.test(s)) {
                held.push(s);
                s = take();
            }
            queue(s);
            held.forEach(this::queue);
            return s;
        }

        /** Takes the first server out of the group, switching the init and next trees once if the group is empty. */
        private int take() {
            int s = fromGroup();
            if (s < 0) {
                int swap = init;
                init = next;
                next = swap;
                currWeight = nextWeight;
                currPos = currWeight;
                s = fromGroup();
            }
            updatePosition(s);
            tree[s] = NONE;
            currPos++;
            return s;
        }

        /** {@code fwrr_get_server_from_group}: the first of the current tree, or of the init tree at a hole. */
        private int fromGroup() {
            int s = first(CURR);
            if (s < 0 || position[s] > currPos) {
                int fresh = first(init);
                if (fresh >= 0) {
                    position[fresh] = 0;
                    remainder[fresh] = 0;
                    return fresh;
                }
            }
            return s;
        }

        /** {@code fwrr_update_position}. */
        private void updatePosition(int s) {
            lastPosition[s] = position[s] == 0 ? currPos : position[s];
            position[s] = lastPosition[s] + nextWeight / eweight[s];
            remainder[s] += nextWeight % eweight[s];
            if (remainder[s] >= eweight[s]) {
                remainder[s] -= eweight[s];
                position[s]++;
            }
        }

        /** {@code fwrr_queue_srv}: into the current tree by position, or into the next one past the window. */
        private void queue(int s) {
            if (position[s] >= 2 * currWeight || position[s] >= currWeight + nextWeight) {
                position[s] -= currWeight;
                insert(next, s, EWEIGHT_MAX - eweight[s]);
            } else {
                insert(CURR, s, RANGE * position[s] + (EWEIGHT_MAX + remainder[s] - eweight[s]) / SCALE);
            }
        }

        private void insert(int into, int s, long sortKey) {
            tree[s] = into;
            key[s] = sortKey;
            order[s] = inserted++;
        }

        /** The server of {@code t} with the smallest key, the earliest inserted on a tie (as eb32 duplicates); -1. */
        private int first(int t) {
            int best = -1;
            for (int i = 0; i < tree.length; i++) {
                if (tree[i] == t
                        && (best < 0 || key[i] < key[best] || (key[i] == key[best] && order[i] < order[best]))) {
                    best = i;
                }
            }
            return best;
        }
    }
}
