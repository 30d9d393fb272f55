package dev.balancelab.ui.storage;

import dev.balancelab.balancing.HashRing;
import dev.balancelab.data.Partitioner;
import dev.balancelab.data.RangePartitioner;
import dev.balancelab.data.Rebalance;
import dev.balancelab.data.StorageRing;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Storage tab's model: the storage tier's partitions and their owners over the clients' keys, the same keys on a
 * hash ring for comparison (under range partitioning), and what one change (a node joins, or one leaves) moves
 * against the ideal ({@link Rebalance}). Pure: computed from the topology, no lab needed.
 */
public final class StorageViewModel {
    /** One arc of a partition picture: an owner's share of the ring (or of the key order), as fractions of a turn. */
    record Segment(int owner, double from, double to) {}

    private final StorageSpec spec;
    private final List<String> keys;
    private final ObjectProperty<Rebalance.Move> change = new SimpleObjectProperty<>();

    /** @param topology a topology with a storage tier */
    public StorageViewModel(Topology topology) {
        this.spec = topology.storage();
        this.keys = Rebalance.clientKeys(topology.clients());
    }

    /** How the tier is partitioned and replicated, one line. */
    String title() {
        String partitioning = spec.partitioning() == Partitioning.HASH
                ? I18n.t("storage.title.hash", spec.virtualNodes())
                : I18n.t("storage.title.range", String.join(", ", spec.splitPoints()));
        var r = spec.replication();
        return partitioning + " · " + I18n.t("storage.replication", r.replicas(), r.writeQuorum(), r.readQuorum());
    }

    /** One line per node: the keys it owns and their share. */
    List<String> owners() {
        return ownerLines(spec);
    }

    /** The same lines for the same keys on a hash ring, when the tier is range-partitioned; else empty. */
    List<String> onHashRing() {
        return spec.partitioning() == Partitioning.RANGE
                ? ownerLines(spec.withPartitioning(Partitioning.HASH))
                : List.of();
    }

    private List<String> ownerLines(StorageSpec s) {
        List<String> lines = new ArrayList<>();
        Map<ServerId, Integer> owners = Rebalance.owners(s, keys);
        owners.forEach((id, n) -> lines.add(I18n.t("storage.owner", id.value(), n, percent(n, keys.size()))));
        return lines;
    }

    /** The changes one can try: a node joins, then each node leaves (if there are at least two). */
    List<String> changes() {
        List<String> changes = new ArrayList<>();
        changes.add(I18n.t("storage.change.add"));
        if (spec.nodes().size() > 1) {
            spec.nodes().forEach(n -> changes.add(I18n.t("storage.change.remove", n.id().value())));
        }
        return changes;
    }

    /** Tries change {@code index} of {@link #changes()}. */
    void choose(int index) {
        change.set(
                index == 0
                        ? Rebalance.add(spec, keys)
                        : Rebalance.remove(spec, spec.nodes().get(index - 1).id(), keys));
    }

    /** The change tried last, or null. */
    ObjectProperty<Rebalance.Move> changeProperty() {
        return change;
    }

    /** What the change moved against the ideal, one line. */
    String moved(Rebalance.Move m) {
        return I18n.t("storage.moved", m.moved(), m.keys(), percent(m.moved(), m.keys()), format(m.idealPercent()));
    }

    /** Which owners gave keys to which, one line each. */
    List<String> flows(Rebalance.Move m) {
        List<String> lines = new ArrayList<>();
        m.flows().forEach((flow, n) -> lines.add(I18n.t("storage.flow", flow.replace(" -> ", " → "), n)));
        return lines;
    }

    /** The partitions of the tier now. */
    List<Segment> segments() {
        return segments(spec, spec);
    }

    /**
     * The partitions of {@code s}, owners numbered as in {@code colours} (the tier now, so that a node keeps its
     * colour after a change; a joining node takes the next number).
     */
    List<Segment> segments(StorageSpec s, StorageSpec colours) {
        List<ServerId> order = new ArrayList<>(
                colours.nodes().stream().map(StorageNodeSpec::id).toList());
        s.nodes().stream()
                .map(StorageNodeSpec::id)
                .filter(id -> !order.contains(id))
                .forEach(order::add);
        Partitioner p = Partitioner.of(s);
        return p instanceof StorageRing ring
                ? ringSegments(ring.ring(), order)
                : rangeSegments((RangePartitioner) p, order);
    }

    private static List<Segment> ringSegments(HashRing ring, List<ServerId> order) {
        List<Segment> out = new ArrayList<>();
        List<HashRing.Point> points = ring.points();
        double from = HashRing.fraction(points.get(points.size() - 1).position()) - 1;
        for (HashRing.Point point : points) {
            double to = HashRing.fraction(point.position());
            out.add(new Segment(order.indexOf(point.owner().id()), from, to));
            from = to;
        }
        return out;
    }

    /** Range partitions drawn in key order, each as wide as its share of the clients' keys. */
    private List<Segment> rangeSegments(RangePartitioner ranges, List<ServerId> order) {
        int[] counts = new int[ranges.nodes().size()];
        keys.forEach(k -> counts[ranges.rangeOf(k)]++);
        List<Segment> out = new ArrayList<>();
        double from = 0;
        for (int i = 0; i < counts.length; i++) {
            double to = from + (keys.isEmpty() ? 1.0 / counts.length : (double) counts[i] / keys.size());
            out.add(new Segment(order.indexOf(ranges.nodes().get(i)), from, to));
            from = to;
        }
        return out;
    }

    /** The tier now. */
    StorageSpec spec() {
        return spec;
    }

    private static String percent(long part, long whole) {
        return format(whole == 0 ? 0 : 100.0 * part / whole);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
