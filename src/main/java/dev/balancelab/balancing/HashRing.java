package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An immutable consistent-hashing ring (Karger et al., "Consistent Hashing and Random Trees", STOC 1997, section 4;
 * ring build and lookup as in grpc-java {@code RingHashLoadBalancer}). Each endpoint owns
 * {@code weight × virtualNodesPerWeight} points at {@code hash64(id + "#" + v)}, {@code v = 0, 1, ...}; a key belongs
 * to the owner of the first point at or after {@code hash64(key)} going clockwise, wrapping past the end.
 *
 * <p>Positions are signed 64-bit values sorted ascending: the ring runs from {@link Long#MIN_VALUE} clockwise round
 * to {@link Long#MAX_VALUE}. {@link #fraction(long)} maps a position to {@code [0, 1)} of a full turn so a view can
 * draw the very snapshot the picker uses. Equal positions (a 64-bit collision) are ordered by owner id.
 */
public final class HashRing {
    /**
     * One virtual node.
     *
     * @param position its place on the ring
     * @param owner the endpoint it belongs to
     */
    public record Point(long position, Endpoint owner) {}

    private final List<Point> points;
    private final long[] positions;

    private HashRing(List<Point> points) {
        this.points = List.copyOf(points);
        this.positions = points.stream().mapToLong(Point::position).toArray();
    }

    /**
     * Builds the ring.
     *
     * @param endpoints the endpoints, possibly empty (an empty ring)
     * @param virtualNodesPerWeight points per unit of weight, &gt;= 1
     * @throws IllegalArgumentException if {@code virtualNodesPerWeight} &lt; 1
     */
    public static HashRing build(List<Endpoint> endpoints, int virtualNodesPerWeight) {
        if (virtualNodesPerWeight < 1) {
            throw new IllegalArgumentException("virtualNodesPerWeight must be >= 1, was " + virtualNodesPerWeight);
        }
        List<Point> points = new ArrayList<>();
        for (Endpoint e : endpoints) {
            int count = e.weight() * virtualNodesPerWeight;
            for (int v = 0; v < count; v++) {
                points.add(new Point(Hashing.hash64(e.id().value() + "#" + v), e));
            }
        }
        points.sort(Comparator.comparingLong(Point::position)
                .thenComparing(p -> p.owner().id()));
        return new HashRing(points);
    }

    /** Every point in clockwise order from {@link Long#MIN_VALUE}; immutable. */
    public List<Point> points() {
        return points;
    }

    /** The number of points. */
    public int size() {
        return positions.length;
    }

    /**
     * The index of the first point at or after {@code hash}, clockwise, wrapping to 0 past the last point.
     *
     * @throws IllegalStateException if the ring is empty
     */
    public int indexOf(long hash) {
        if (positions.length == 0) {
            throw new IllegalStateException("empty ring");
        }
        int i = Arrays.binarySearch(positions, hash);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && positions[i - 1] == hash) {
                i--;
            }
        }
        return i == positions.length ? 0 : i;
    }

    /**
     * The owner of {@code hash}: walks clockwise from {@link #indexOf(long)} to the first point whose owner is not in
     * {@code skip} (the first point's owner if all are skipped).
     */
    public Endpoint lookup(long hash, Set<ServerId> skip) {
        int start = indexOf(hash);
        int n = positions.length;
        return Untried.walk(n, i -> points.get((start + i) % n).owner(), skip);
    }

    /** {@code position} as a fraction of a full turn in {@code [0, 1)}, {@link Long#MIN_VALUE} at 0. */
    public static double fraction(long position) {
        return ((position ^ Long.MIN_VALUE) >>> 11) * 0x1.0p-53;
    }
}
