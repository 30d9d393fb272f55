package dev.balancelab.data;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Range partitioning by split points in key order (Bigtable's tablets, HBase's regions): node {@code i} owns the keys
 * from split point {@code i - 1} (inclusive) up to split point {@code i} (exclusive); the first node also everything
 * below the first split point, the last everything from the last split point on. A key's preference list is its owner
 * and then the next nodes in key order, wrapping round, as Cassandra's {@code ByteOrderedPartitioner} with
 * {@code SimpleStrategy} places replicas. Keys compare by {@link String#compareTo}. Immutable.
 */
public final class RangePartitioner implements Partitioner {
    private final List<ServerId> nodes;
    private final List<String> splitPoints;

    /**
     * @param nodes the nodes in key order, at least one, distinct
     * @param splitPoints {@code nodes.size() - 1} strictly ascending keys
     * @throws IllegalArgumentException if the counts disagree or the split points are not ascending
     */
    public RangePartitioner(List<ServerId> nodes, List<String> splitPoints) {
        if (nodes.isEmpty() || splitPoints.size() != nodes.size() - 1) {
            throw new IllegalArgumentException(nodes.size() + " nodes need " + (nodes.size() - 1) + " split points");
        }
        for (int i = 1; i < splitPoints.size(); i++) {
            if (splitPoints.get(i - 1).compareTo(splitPoints.get(i)) >= 0) {
                throw new IllegalArgumentException("split points must ascend strictly: " + splitPoints);
            }
        }
        this.nodes = List.copyOf(nodes);
        this.splitPoints = List.copyOf(splitPoints);
    }

    @Override
    public List<ServerId> nodes() {
        return nodes;
    }

    /** The index of the range that holds {@code key}: how many split points are at or below it. */
    public int rangeOf(String key) {
        int i = Collections.binarySearch(splitPoints, key);
        return i >= 0 ? i + 1 : -i - 1;
    }

    @Override
    public List<ServerId> preferenceList(String key, int n) {
        int first = rangeOf(key);
        List<ServerId> list = new ArrayList<>();
        for (int i = 0; i < Math.min(n, nodes.size()); i++) {
            list.add(nodes.get((first + i) % nodes.size()));
        }
        return List.copyOf(list);
    }
}
