package dev.balancelab.app;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.TopologyEdits;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the running lab follows an edit of its document, by comparing the topology before and after: a new algorithm,
 * a new total rate (every client scaled alike) and new weights are applied to the running engine, so lab time and
 * counters go on; moved cards touch neither the engine nor its picker; any other change rebuilds the lab.
 */
final class EngineFollower {
    /** Relative difference below which two rates count as equal (rounding in {@link TopologyEdits#withTotalRate}). */
    private static final double RATE_TOLERANCE = 1e-9;

    private EngineFollower() {}

    /** The running lab, as far as the follower drives it. */
    interface Lab {
        /** Switches the balancing algorithm in place. */
        void setAlgorithm(AlgorithmKind kind);

        /** Scales every client's rate alike so that they add up to {@code perSecond} requests/s. */
        void setTotalRate(double perSecond);

        /** Sets one server's weight in place. */
        void setWeight(ServerId id, int weight);

        /**
         * Replaces the lab by one built for {@code next}, keeping speed and running state.
         *
         * @throws IllegalArgumentException if the lab cannot run {@code next}; the running lab is then untouched
         */
        void rebuild(Topology next);
    }

    /**
     * Makes {@code lab}, which runs {@code before}, run {@code after} with the fewest changes.
     *
     * @throws IllegalArgumentException if a rebuild was needed and the lab cannot run {@code after}
     */
    static void follow(Topology before, Topology after, Lab lab) {
        if (!sameNodes(before, after)
                || !withLiveFieldsOf(before, after).equals(before)
                || !scaledAlike(before, after)) {
            lab.rebuild(after);
            return;
        }
        if (!before.balancer().algorithm().equals(after.balancer().algorithm())) {
            lab.setAlgorithm(after.balancer().algorithm());
        }
        if (!rates(before).equals(rates(after))) {
            lab.setTotalRate(TopologyEdits.totalRate(after));
        }
        for (int i = 0; i < after.servers().size(); i++) {
            ServerSpec now = after.servers().get(i);
            if (now.weight() != before.servers().get(i).weight()) {
                lab.setWeight(now.id(), now.weight());
            }
        }
    }

    /** Whether both have the same clients and servers, by id and in the same order. */
    private static boolean sameNodes(Topology a, Topology b) {
        return clientIds(a).equals(clientIds(b)) && serverIds(a).equals(serverIds(b));
    }

    private static List<Double> rates(Topology t) {
        return t.clients().stream().map(ClientSpec::ratePerSecond).toList();
    }

    private static List<String> clientIds(Topology t) {
        return t.clients().stream().map(ClientSpec::id).toList();
    }

    private static List<ServerId> serverIds(Topology t) {
        return t.servers().stream().map(ServerSpec::id).toList();
    }

    /** {@code after} with the algorithm, rates, weights and positions of {@code before} (same nodes in both). */
    private static Topology withLiveFieldsOf(Topology before, Topology after) {
        List<ClientSpec> clients = IntStream.range(0, after.clients().size())
                .mapToObj(i -> {
                    ClientSpec was = before.clients().get(i);
                    return after.clients().get(i).withRate(was.ratePerSecond()).withPosition(was.position());
                })
                .toList();
        List<ServerSpec> servers = IntStream.range(0, after.servers().size())
                .mapToObj(i -> {
                    ServerSpec was = before.servers().get(i);
                    return after.servers().get(i).withWeight(was.weight()).withPosition(was.position());
                })
                .toList();
        return after.withClients(clients)
                .withBalancer(after.balancer().withAlgorithm(before.balancer().algorithm()))
                .withServers(servers);
    }

    /** Whether the clients' rates in {@code after} are those of {@code before} scaled to their new total. */
    private static boolean scaledAlike(Topology before, Topology after) {
        List<ClientSpec> expected = TopologyEdits.withTotalRate(before, TopologyEdits.totalRate(after))
                .clients();
        return IntStream.range(0, expected.size())
                .allMatch(i -> close(
                        expected.get(i).ratePerSecond(), after.clients().get(i).ratePerSecond()));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= RATE_TOLERANCE * Math.max(1, Math.abs(b));
    }
}
