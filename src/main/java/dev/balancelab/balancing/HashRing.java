package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
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
 *
 * <p>Size: at most {@link #MAX_POINTS} points, counted in {@code long} so no weight overflows. The ring is two
 * primitive arrays (12 bytes a point) sorted once by a radix sort; a million points build in well under a second.
 */
public final class HashRing {
    /**
     * The most points a ring may have: 10,000,000 (about 120 MB, built in a few seconds). Like grpc-java's
     * {@code RingHashLoadBalancer}, which caps its ring at {@code maxRingSize}, but we refuse instead of scaling down,
     * so a ring never silently holds fewer points than its weights ask for.
     */
    public static final int MAX_POINTS = 10_000_000;

    /**
     * One virtual node.
     *
     * @param position its place on the ring
     * @param owner the endpoint it belongs to
     */
    public record Point(long position, Endpoint owner) {}

    private final List<Endpoint> owners;
    private final long[] positions;
    private final int[] ownerIndex;

    private HashRing(List<Endpoint> owners, long[] positions, int[] ownerIndex) {
        this.owners = owners;
        this.positions = positions;
        this.ownerIndex = ownerIndex;
    }

    /**
     * Builds the ring.
     *
     * @param endpoints the endpoints, possibly empty (an empty ring)
     * @param virtualNodesPerWeight points per unit of weight, &gt;= 1
     * @throws IllegalArgumentException if {@code virtualNodesPerWeight} &lt; 1, or if the ring would have more than
     *     {@link #MAX_POINTS} points
     */
    public static HashRing build(List<Endpoint> endpoints, int virtualNodesPerWeight) {
        if (virtualNodesPerWeight < 1) {
            throw new IllegalArgumentException("virtualNodesPerWeight must be >= 1, was " + virtualNodesPerWeight);
        }
        List<Endpoint> byId =
                endpoints.stream().sorted(Comparator.comparing(Endpoint::id)).toList();
        int size = pointCount(byId, virtualNodesPerWeight);
        long[] positions = new long[size];
        int[] ownerIndex = new int[size];
        int p = 0;
        for (int i = 0; i < byId.size(); i++) {
            long prefix = Hashing.fnv1a(byId.get(i).id().value() + "#");
            long count = (long) byId.get(i).weight() * virtualNodesPerWeight;
            for (long v = 0; v < count; v++, p++) {
                positions[p] = Hashing.hash64Suffixed(prefix, v);
                ownerIndex[p] = i;
            }
        }
        sortByPosition(positions, ownerIndex);
        return new HashRing(byId, positions, ownerIndex);
    }

    /** The total {@code weight × virtualNodesPerWeight}, in {@code long}; refused past {@link #MAX_POINTS}. */
    private static int pointCount(List<Endpoint> endpoints, int virtualNodesPerWeight) {
        long total = 0;
        for (Endpoint e : endpoints) {
            total += (long) e.weight() * virtualNodesPerWeight;
            if (total > MAX_POINTS) {
                throw new IllegalArgumentException("hash ring too large: weight × virtualNodesPerWeight summed over"
                        + " the servers passes the limit of " + MAX_POINTS + " points (reaching " + total
                        + " at server " + e.id() + ", weight " + e.weight() + " × virtualNodesPerWeight "
                        + virtualNodesPerWeight + ")");
            }
        }
        return (int) total;
    }

    /**
     * A stable least-significant-digit radix sort of {@code positions} in signed order, four 16-bit digits, moving
     * {@code owners} along. Stable, so equal positions keep the order of their owners' ids.
     */
    private static void sortByPosition(long[] positions, int[] owners) {
        long[] keys = positions;
        int[] values = owners;
        long[] keysOut = new long[keys.length];
        int[] valuesOut = new int[keys.length];
        int[] start = new int[(1 << 16) + 1];
        for (int shift = 0; shift < 64; shift += 16) {
            Arrays.fill(start, 0);
            for (long k : keys) {
                start[digit(k, shift) + 1]++;
            }
            for (int d = 0; d < 1 << 16; d++) {
                start[d + 1] += start[d];
            }
            for (int i = 0; i < keys.length; i++) {
                int to = start[digit(keys[i], shift)]++;
                keysOut[to] = keys[i];
                valuesOut[to] = values[i];
            }
            long[] k = keys;
            keys = keysOut;
            keysOut = k;
            int[] v = values;
            values = valuesOut;
            valuesOut = v;
        }
    }

    /** The 16-bit digit of {@code key} at {@code shift}, with the sign bit flipped so digits sort in signed order. */
    private static int digit(long key, int shift) {
        return (int) ((key ^ Long.MIN_VALUE) >>> shift) & 0xffff;
    }

    /** Every point in clockwise order from {@link Long#MIN_VALUE}: an immutable view, one {@link Point} per get. */
    public List<Point> points() {
        return new PointList();
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
        return Untried.walk(n, i -> owners.get(ownerIndex[(start + i) % n]), skip);
    }

    /** {@code position} as a fraction of a full turn in {@code [0, 1)}, {@link Long#MIN_VALUE} at 0. */
    public static double fraction(long position) {
        return ((position ^ Long.MIN_VALUE) >>> 11) * 0x1.0p-53;
    }

    private final class PointList extends AbstractList<Point> implements RandomAccess {
        @Override
        public Point get(int i) {
            return new Point(positions[i], owners.get(ownerIndex[i]));
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
