package dev.balancelab.data;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What adding or removing one storage node moves: the keys whose owner changes, counted by comparing every key's
 * owner before and after, against the ideal (Karger et al., STOC 1997: consistent hashing moves about {@code K / n}
 * keys when one of {@code n} nodes leaves, {@code K / (n + 1)} when one joins). Under range partitioning a node that
 * leaves hands its range to a neighbour (the previous one; the first node's to the next), and a node that joins splits
 * the range holding the most keys at its middle key, as HBase splits a region, taking its upper half.
 */
public final class Rebalance {
    private Rebalance() {}

    /**
     * One change and what it moved.
     *
     * @param node the node added or removed
     * @param added true if it joined, false if it left
     * @param keys the keys considered
     * @param moved keys whose owner changed
     * @param idealMoved {@code K / n} for a removal, {@code K / (n + 1)} for an addition
     * @param flows moved keys by old and new owner ({@code "db2 -> db3"}), in order of first appearance
     * @param after the storage tier after the change
     */
    public record Move(
            ServerId node,
            boolean added,
            int keys,
            int moved,
            double idealMoved,
            Map<String, Integer> flows,
            StorageSpec after) {
        /** Copies {@code flows}, keeping its order. */
        public Move {
            flows = Collections.unmodifiableMap(new LinkedHashMap<>(flows));
        }

        /** Moved keys as a percentage of all keys; 0 when there are none. */
        public double movedPercent() {
            return keys == 0 ? 0 : 100.0 * moved / keys;
        }

        /** The ideal as a percentage of all keys. */
        public double idealPercent() {
            return keys == 0 ? 0 : 100.0 * idealMoved / keys;
        }
    }

    /** The clients' keys: {@code user-0} up to the largest client population, the keys any request can carry. */
    public static List<String> clientKeys(List<ClientSpec> clients) {
        int users = clients.stream().mapToInt(ClientSpec::users).max().orElse(0);
        return IntStream.range(0, users).mapToObj(u -> "user-" + u).toList();
    }

    /** How many of {@code keys} each node owns under {@code spec}, in the spec's node order. */
    public static Map<ServerId, Integer> owners(StorageSpec spec, List<String> keys) {
        Partitioner p = Partitioner.of(spec);
        Map<ServerId, Integer> counts = new LinkedHashMap<>();
        p.nodes().forEach(id -> counts.put(id, 0));
        keys.forEach(k -> counts.merge(p.owner(k), 1, Integer::sum));
        return counts;
    }

    /**
     * Removes {@code node} (one of at least two) and measures what moves.
     *
     * @throws IllegalArgumentException if it is not a node of {@code spec} or the only one
     */
    public static Move remove(StorageSpec spec, ServerId node, List<String> keys) {
        int i = indexOf(spec, node);
        if (spec.nodes().size() < 2) {
            throw new IllegalArgumentException("cannot remove the only storage node " + node);
        }
        List<StorageNodeSpec> nodes = new ArrayList<>(spec.nodes());
        nodes.remove(i);
        List<String> splits = new ArrayList<>(spec.splitPoints());
        if (spec.partitioning() == Partitioning.RANGE) {
            splits.remove(Math.max(0, i - 1));
        }
        StorageSpec after = changed(spec, nodes, splits);
        return measure(
                spec,
                after,
                node,
                false,
                keys,
                keys.size() / (double) spec.nodes().size());
    }

    /** Adds a node with a fresh id ({@code db<n+1>}, or the next free number) and measures what moves. */
    public static Move add(StorageSpec spec, List<String> keys) {
        ServerId id = freshId(spec);
        StorageNodeSpec joining =
                StorageNodeSpec.defaults(id, spec.nodes().get(0).position());
        List<StorageNodeSpec> nodes = new ArrayList<>(spec.nodes());
        List<String> splits = new ArrayList<>(spec.splitPoints());
        if (spec.partitioning() == Partitioning.RANGE) {
            splitFullest(spec, keys, nodes, splits, joining);
        } else {
            nodes.add(joining);
        }
        StorageSpec after = changed(spec, nodes, splits);
        return measure(spec, after, id, true, keys, keys.size() / (spec.nodes().size() + 1.0));
    }

    /** Splits the range with the most keys at its middle key; the joining node takes the upper half. */
    private static void splitFullest(
            StorageSpec spec, List<String> keys, List<StorageNodeSpec> nodes, List<String> splits, StorageNodeSpec n) {
        RangePartitioner ranges = (RangePartitioner) Partitioner.of(spec);
        Map<Integer, List<String>> byRange = keys.stream()
                .sorted()
                .collect(Collectors.groupingBy(ranges::rangeOf, LinkedHashMap::new, Collectors.toList()));
        int fullest = byRange.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .max(Comparator.comparingInt(
                        (Map.Entry<Integer, List<String>> e) -> e.getValue().size()))
                .map(Map.Entry::getKey)
                .orElse(nodes.size() - 1);
        List<String> inRange = byRange.getOrDefault(fullest, List.of());
        String middle = inRange.size() >= 2 ? inRange.get(inRange.size() / 2) : "\uffff";
        splits.add(fullest, middle);
        nodes.add(fullest + 1, n);
    }

    private static StorageSpec changed(StorageSpec spec, List<StorageNodeSpec> nodes, List<String> splits) {
        var r = spec.replication();
        int n = Math.min(r.replicas(), nodes.size());
        var replication = new ReplicationSpec(n, Math.min(r.writeQuorum(), n), Math.min(r.readQuorum(), n));
        return new StorageSpec(
                nodes, spec.partitioning(), spec.virtualNodes(), splits, replication, spec.sloppyQuorum());
    }

    private static Move measure(
            StorageSpec before, StorageSpec after, ServerId node, boolean added, List<String> keys, double ideal) {
        Function<String, ServerId> old = Partitioner.of(before)::owner;
        Function<String, ServerId> now = Partitioner.of(after)::owner;
        Map<String, Integer> flows = new LinkedHashMap<>();
        int moved = 0;
        for (String key : keys) {
            ServerId from = old.apply(key);
            ServerId to = now.apply(key);
            if (!from.equals(to)) {
                moved++;
                flows.merge(from + " -> " + to, 1, Integer::sum);
            }
        }
        return new Move(node, added, keys.size(), moved, ideal, flows, after);
    }

    private static int indexOf(StorageSpec spec, ServerId node) {
        for (int i = 0; i < spec.nodes().size(); i++) {
            if (spec.nodes().get(i).id().equals(node)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no storage node " + node);
    }

    private static ServerId freshId(StorageSpec spec) {
        for (int i = spec.nodes().size() + 1; ; i++) {
            ServerId id = ServerId.of("db" + i);
            if (spec.node(id).isEmpty()) {
                return id;
            }
        }
    }
}
