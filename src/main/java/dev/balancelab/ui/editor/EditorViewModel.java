package dev.balancelab.ui.editor;

import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.Limits;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.controlsfx.control.PropertySheet;

/**
 * The property sheet's model: the fields of the selected client, server, storage node (with its tier) or balancer.
 * Edits are gathered for {@link #COMMIT_DELAY} (so typing "120" is one edit, not three) and then applied as one undo
 * step through the {@link LabDocument}: weight applies to the running lab at once, other fields restart it. A value
 * outside its {@link Limits} range is not applied and {@link #refusedProperty()} says why in one line.
 */
public final class EditorViewModel {
    /** Quiet time after the last change before it is applied. */
    public static final Duration COMMIT_DELAY = Duration.millis(600);

    private static final String SERVER = "editor.category.server";
    private static final String CLIENT = "editor.category.client";

    private final LabDocument lab;
    private final ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
    private final SimpleStringProperty heading = new SimpleStringProperty();
    private final SimpleStringProperty refused = new SimpleStringProperty("");
    private final PauseTransition delay = new PauseTransition(COMMIT_DELAY);
    private Topology working;

    /** Follows {@code lab}'s selection and document. */
    public EditorViewModel(LabDocument lab) {
        this.lab = lab;
        delay.setOnFinished(e -> commit());
        lab.selectionProperty().addListener((obs, old, now) -> {
            commit();
            refused.set("");
            refresh();
        });
        lab.documentProperty().addListener((obs, old, now) -> {
            if (!now.equals(working) && delay.getStatus() != PauseTransition.Status.RUNNING) {
                refresh();
            }
        });
        refresh();
    }

    /** The selected node's fields; empty when nothing is selected. */
    public ObservableList<PropertySheet.Item> items() {
        return items;
    }

    /** "Server 2 (s2)", or a hint when nothing is selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /**
     * The one-line reason the last value was not applied ("Weight must be 1..1000, was 5000"), empty after an applied
     * change or a new selection.
     */
    public ReadOnlyStringProperty refusedProperty() {
        return refused;
    }

    private void refresh() {
        NodeRef selected = lab.selectionProperty().get();
        working = lab.documentProperty().get() == null ? null : lab.topology();
        if (selected == null || working == null || !exists(selected)) {
            heading.set(I18n.t("editor.heading.none"));
        } else if (selected.kind() == NodeRef.Kind.BALANCER) {
            heading.set(I18n.t("editor.heading.balancer"));
        } else if (selected.kind() == NodeRef.Kind.SERVER) {
            ServerId id = ServerId.of(selected.id());
            heading.set(working.server(id).map(s -> s.name() + " (" + id + ")").orElse(""));
        } else if (selected.kind() == NodeRef.Kind.STORAGE) {
            ServerId id = ServerId.of(selected.id());
            heading.set(I18n.t(
                    "storedit.heading", working.storage().node(id).orElseThrow().name(), id));
        } else {
            heading.set(client(selected.id()).name() + " (" + selected.id() + ")");
        }
        items.setAll(rows());
    }

    /**
     * The rows of the selected node in the working topology: which rows depend on its values (a cache, an algorithm).
     */
    private List<PropertySheet.Item> rows() {
        NodeRef selected = lab.selectionProperty().get();
        if (selected == null || working == null || !exists(selected)) {
            return List.of();
        }
        return switch (selected.kind()) {
            case BALANCER ->
                BalancerItems.of(() -> working.balancer(), b -> change(working.withBalancer(b)), this::refuse);
            case SERVER -> serverRows(ServerId.of(selected.id()));
            case CLIENT -> clientItems(selected.id());
            case STORAGE ->
                StorageItems.of(
                        ServerId.of(selected.id()),
                        () -> working.storage(),
                        t -> change(working.withStorage(t)),
                        this::refuse);
        };
    }

    /** Says why a value was not applied and shows the rows again, with the edits gathered so far. */
    private void refuse(String why) {
        refused.set(why);
        items.setAll(rows());
    }

    /** Applies the gathered edits now, without waiting for {@link #COMMIT_DELAY} (Enter in a field). */
    public void applyNow() {
        commit();
    }

    /** Whether {@code ref} names a node of the working topology (a new document may lack the selected server). */
    private boolean exists(NodeRef ref) {
        return switch (ref.kind()) {
            case BALANCER -> true;
            case SERVER -> working.server(ServerId.of(ref.id())).isPresent();
            case CLIENT -> working.clients().stream().anyMatch(c -> c.id().equals(ref.id()));
            case STORAGE ->
                working.storage() != null
                        && working.storage().node(ServerId.of(ref.id())).isPresent();
        };
    }

    private void commit() {
        if (delay.getStatus() == PauseTransition.Status.RUNNING) {
            delay.stop();
        }
        if (working == null || working.equals(lab.documentProperty().get())) {
            return;
        }
        try {
            lab.edit(working);
        } catch (IllegalArgumentException notAccepted) {
            refresh();
            return;
        }
        if (!names(rows()).equals(names(items))) {
            refresh();
        }
    }

    private static List<String> names(List<PropertySheet.Item> rows) {
        return rows.stream().map(PropertySheet.Item::getName).toList();
    }

    private void change(Topology next) {
        working = next;
        refused.set("");
        delay.playFromStart();
    }

    private ServerSpec server(ServerId id) {
        return working.server(id).orElseThrow();
    }

    private ClientSpec client(String id) {
        return working.clients().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<PropertySheet.Item> serverItems(ServerId id) {
        return List.of(
                serverItem(
                        I18n.t("editor.server.name"),
                        I18n.t("editor.server.name.description"),
                        String.class,
                        null,
                        ServerSpec::name,
                        ServerSpec::withName,
                        id),
                serverItem(
                        I18n.t("editor.server.weight"),
                        I18n.t("editor.server.weight.description"),
                        Integer.class,
                        Limits.WEIGHT,
                        ServerSpec::weight,
                        ServerSpec::withWeight,
                        id),
                serverItem(
                        I18n.t("editor.server.workers"),
                        I18n.t("editor.server.workers.description"),
                        Integer.class,
                        Limits.WORKERS,
                        ServerSpec::workers,
                        ServerSpec::withWorkers,
                        id),
                serverItem(
                        I18n.t("editor.server.queue"),
                        I18n.t("editor.server.queue.description"),
                        Integer.class,
                        Limits.QUEUE_CAPACITY,
                        ServerSpec::queueCapacity,
                        ServerSpec::withQueueCapacity,
                        id),
                serverItem(
                        I18n.t("editor.server.distribution"),
                        I18n.t("editor.server.distribution.description"),
                        Distribution.class,
                        null,
                        s -> s.serviceTime().distribution(),
                        (s, v) -> s.withServiceTime(s.serviceTime().withDistribution(v)),
                        id),
                serverItem(
                        I18n.t("editor.server.meanMs"),
                        I18n.t("editor.server.meanMs.description"),
                        Double.class,
                        Limits.SERVICE_MEAN_MS,
                        s -> s.serviceTime().meanMs(),
                        (s, v) -> s.withServiceTime(s.serviceTime().withMeanMs(v)),
                        id),
                serverItem(
                        I18n.t("editor.server.failure"),
                        I18n.t("editor.server.failure.description"),
                        FailureKind.class,
                        null,
                        ServerSpec::failure,
                        ServerSpec::withFailure,
                        id),
                serverItem(
                        I18n.t("backup.editor.backup"),
                        I18n.t("backup.editor.backup.description"),
                        Boolean.class,
                        null,
                        ServerSpec::backup,
                        ServerSpec::withBackup,
                        id),
                serverItem(
                        I18n.t("editor.server.cache"),
                        I18n.t("editor.server.cache.description"),
                        CacheChoice.class,
                        null,
                        CacheChoice::of,
                        (s, v) -> v.applyTo(s),
                        id));
    }

    /** The server's rows, with its cache's capacity and hit time when it has a cache. */
    private List<PropertySheet.Item> serverRows(ServerId id) {
        if (server(id).cache() == null) {
            return serverItems(id);
        }
        List<PropertySheet.Item> rows = new ArrayList<>(serverItems(id));
        rows.add(serverItem(
                I18n.t("editor.server.cacheCapacity"),
                I18n.t("editor.server.cacheCapacity.description"),
                Integer.class,
                Limits.CACHE_CAPACITY,
                s -> cache(s).capacity(),
                (s, v) -> s.withCache(cache(s).withCapacity(v)),
                id));
        rows.add(serverItem(
                I18n.t("editor.server.cacheHitMs"),
                I18n.t("editor.server.cacheHitMs.description"),
                Long.class,
                Limits.CACHE_HIT_MS,
                s -> cache(s).hitMs(),
                (s, v) -> s.withCache(cache(s).withHitMs(v)),
                id));
        return rows;
    }

    /** The server's cache, or the default one while the row outlives a switch to no cache. */
    private static CacheSpec cache(ServerSpec s) {
        return s.cache() == null ? CacheSpec.DEFAULT : s.cache();
    }

    private <T> PropertySheet.Item serverItem(
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<ServerSpec, T> getter,
            BiFunction<ServerSpec, T, ServerSpec> setter,
            ServerId id) {
        return new SpecItem<>(
                I18n.t(SERVER),
                name,
                description,
                type,
                range,
                getter,
                setter,
                () -> server(id),
                s -> change(TopologyEdits.replaceServer(working, s)),
                this::refuse);
    }

    private List<PropertySheet.Item> clientItems(String id) {
        return List.of(
                clientItem(
                        I18n.t("editor.client.name"),
                        I18n.t("editor.client.name.description"),
                        String.class,
                        null,
                        ClientSpec::name,
                        ClientSpec::withName,
                        id),
                clientItem(
                        I18n.t("editor.client.rate"),
                        I18n.t("editor.client.rate.description"),
                        Double.class,
                        Limits.RATE,
                        ClientSpec::ratePerSecond,
                        ClientSpec::withRate,
                        id),
                clientItem(
                        I18n.t("editor.client.users"),
                        I18n.t("editor.client.users.description"),
                        Integer.class,
                        Limits.USERS,
                        ClientSpec::users,
                        ClientSpec::withUsers,
                        id),
                clientItem(
                        I18n.t("editor.client.zipf"),
                        I18n.t("editor.client.zipf.description"),
                        Double.class,
                        Limits.ZIPF_EXPONENT,
                        ClientSpec::zipfExponent,
                        ClientSpec::withZipfExponent,
                        id),
                clientItem(
                        I18n.t("storedit.client.writeProportion"),
                        I18n.t("storedit.client.writeProportion.description"),
                        Double.class,
                        Limits.WRITE_PROPORTION,
                        ClientSpec::writeProportion,
                        ClientSpec::withWriteProportion,
                        id));
    }

    private <T> PropertySheet.Item clientItem(
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<ClientSpec, T> getter,
            BiFunction<ClientSpec, T, ClientSpec> setter,
            String id) {
        return new SpecItem<>(
                I18n.t(CLIENT),
                name,
                description,
                type,
                range,
                getter,
                setter,
                () -> client(id),
                c -> change(TopologyEdits.replaceClient(working, c)),
                this::refuse);
    }
}
