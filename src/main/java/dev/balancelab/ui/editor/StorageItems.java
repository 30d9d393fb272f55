package dev.balancelab.ui.editor;

import dev.balancelab.domain.Limits;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.domain.ReplicationSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.StorageSpec;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.controlsfx.control.PropertySheet;

/**
 * The rows of a selected storage node: its name and latency, and the settings of its whole tier (partitioning,
 * virtual nodes, Dynamo's N, W and R, sloppy quorum; DeCandia et al., SOSP 2007, sections 4.2-4.6). A combination the
 * tier cannot run (W or R above N, N above the nodes, range partitioning without {@code nodes - 1} split points) is
 * refused with one line and nothing is applied. Split points stay file-only. Every edit restarts the lab.
 */
final class StorageItems {
    private static final String NODE = "storedit.category.node";
    private static final String TIER = "storedit.category.tier";

    private final ServerId node;
    private final Supplier<StorageSpec> spec;
    private final Consumer<StorageSpec> commit;
    private final Consumer<String> refused;

    private StorageItems(
            ServerId node, Supplier<StorageSpec> spec, Consumer<StorageSpec> commit, Consumer<String> refused) {
        this.node = node;
        this.spec = spec;
        this.commit = commit;
        this.refused = refused;
    }

    /**
     * @param node the selected storage node's id
     * @param spec the latest storage tier
     * @param commit takes the edited tier
     * @param refused takes the one-line message when a value is not applied
     */
    static List<PropertySheet.Item> of(
            ServerId node, Supplier<StorageSpec> spec, Consumer<StorageSpec> commit, Consumer<String> refused) {
        StorageItems s = new StorageItems(node, spec, commit, refused);
        return List.of(
                s.item(
                        NODE,
                        I18n.t("storedit.node.name"),
                        I18n.t("storedit.node.name.description"),
                        String.class,
                        null,
                        t -> s.node(t).name(),
                        (t, v) -> s.withNode(t, s.node(t).withName(v))),
                s.item(
                        NODE,
                        I18n.t("storedit.node.latencyMs"),
                        I18n.t("storedit.node.latencyMs.description"),
                        Double.class,
                        Limits.STORAGE_LATENCY_MS,
                        t -> s.node(t).latencyMs(),
                        (t, v) -> s.withNode(t, s.node(t).withLatencyMs(v))),
                s.item(
                        TIER,
                        I18n.t("storedit.tier.partitioning"),
                        I18n.t("storedit.tier.partitioning.description"),
                        Partitioning.class,
                        null,
                        StorageSpec::partitioning,
                        StorageItems::withPartitioning),
                s.item(
                        TIER,
                        I18n.t("storedit.tier.virtualNodes"),
                        I18n.t("storedit.tier.virtualNodes.description"),
                        Integer.class,
                        Limits.VIRTUAL_NODES_PER_WEIGHT,
                        StorageSpec::virtualNodes,
                        StorageSpec::withVirtualNodes),
                s.item(
                        TIER,
                        I18n.t("storedit.tier.replicas"),
                        I18n.t("storedit.tier.replicas.description"),
                        Integer.class,
                        Limits.REPLICAS,
                        t -> t.replication().replicas(),
                        (t, v) -> replication(
                                t,
                                v,
                                t.replication().writeQuorum(),
                                t.replication().readQuorum())),
                s.item(
                        TIER,
                        I18n.t("storedit.tier.writeQuorum"),
                        I18n.t("storedit.tier.writeQuorum.description"),
                        Integer.class,
                        Limits.REPLICAS,
                        t -> t.replication().writeQuorum(),
                        (t, v) -> replication(
                                t,
                                t.replication().replicas(),
                                v,
                                t.replication().readQuorum())),
                s.item(
                        TIER,
                        I18n.t("storedit.tier.readQuorum"),
                        I18n.t("storedit.tier.readQuorum.description"),
                        Integer.class,
                        Limits.REPLICAS,
                        t -> t.replication().readQuorum(),
                        (t, v) -> replication(
                                t, t.replication().replicas(), t.replication().writeQuorum(), v)),
                s.item(
                        TIER,
                        I18n.t("storedit.tier.sloppyQuorum"),
                        I18n.t("storedit.tier.sloppyQuorum.description"),
                        Boolean.class,
                        null,
                        StorageSpec::sloppyQuorum,
                        StorageSpec::withSloppyQuorum));
    }

    private StorageNodeSpec node(StorageSpec tier) {
        return tier.node(node).orElseThrow();
    }

    private StorageSpec withNode(StorageSpec tier, StorageNodeSpec edit) {
        return tier.withNodes(
                tier.nodes().stream().map(n -> n.id().equals(node) ? edit : n).toList());
    }

    /** N, W and R together; W and R at most N, N at most the nodes (Dynamo section 4.5), else refused. */
    private static StorageSpec replication(StorageSpec tier, int n, int w, int r) {
        int nodes = tier.nodes().size();
        if (n > nodes) {
            throw new Refused(I18n.t("storedit.refused.replicas", n, nodes));
        }
        if (w > n || r > n) {
            throw new Refused(I18n.t("storedit.refused.quorum", w, r, n));
        }
        return tier.withReplication(new ReplicationSpec(n, w, r));
    }

    /** Range partitioning needs {@code nodes - 1} split points from the file, else refused. */
    private static StorageSpec withPartitioning(StorageSpec tier, Partitioning value) {
        if (StorageSpec.splitPointProblem(
                        value, tier.splitPoints(), tier.nodes().size())
                != null) {
            throw new Refused(I18n.t(
                    "storedit.refused.splitPoints",
                    tier.nodes().size() - 1,
                    tier.splitPoints().size()));
        }
        return tier.withPartitioning(value);
    }

    private <T> PropertySheet.Item item(
            String category,
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<StorageSpec, T> getter,
            BiFunction<StorageSpec, T, StorageSpec> setter) {
        return new SpecItem<>(I18n.t(category), name, description, type, range, getter, setter, spec, commit, refused);
    }
}
