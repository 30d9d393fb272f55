package dev.balancelab.ui.editor;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
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
 * The property sheet's model: the fields of the selected client, server or balancer. Edits are gathered for
 * {@link #COMMIT_DELAY} (so typing "120" is one edit, not three) and then applied as one undo step through the
 * {@link LabDocument}: weight applies to the running lab at once, other fields restart it.
 */
public final class EditorViewModel {
    /** Quiet time after the last change before it is applied. */
    public static final Duration COMMIT_DELAY = Duration.millis(600);

    private static final String SERVER = "editor.category.server";
    private static final String CLIENT = "editor.category.client";

    private final LabDocument lab;
    private final ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
    private final SimpleStringProperty heading = new SimpleStringProperty();
    private final PauseTransition delay = new PauseTransition(COMMIT_DELAY);
    private Topology working;

    /** Follows {@code lab}'s selection and document. */
    public EditorViewModel(LabDocument lab) {
        this.lab = lab;
        delay.setOnFinished(e -> commit());
        lab.selectionProperty().addListener((obs, old, now) -> {
            commit();
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

    private void refresh() {
        NodeRef selected = lab.selectionProperty().get();
        working = lab.documentProperty().get() == null ? null : lab.topology();
        if (selected == null || working == null || !exists(selected)) {
            heading.set(I18n.t("editor.heading.none"));
            items.clear();
        } else if (selected.kind() == NodeRef.Kind.BALANCER) {
            heading.set(I18n.t("editor.heading.balancer"));
            items.setAll(BalancerItems.of(() -> working.balancer(), b -> change(working.withBalancer(b))));
        } else if (selected.kind() == NodeRef.Kind.SERVER) {
            ServerId id = ServerId.of(selected.id());
            heading.set(working.server(id).map(s -> s.name() + " (" + id + ")").orElse(""));
            items.setAll(serverItems(id));
        } else {
            heading.set(client(selected.id()).name() + " (" + selected.id() + ")");
            items.setAll(clientItems(selected.id()));
        }
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
        } catch (IllegalArgumentException refused) {
            refresh();
        }
    }

    private void change(Topology next) {
        working = next;
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
                        ServerSpec::name,
                        ServerSpec::withName,
                        id),
                serverItem(
                        I18n.t("editor.server.weight"),
                        I18n.t("editor.server.weight.description"),
                        Integer.class,
                        ServerSpec::weight,
                        ServerSpec::withWeight,
                        id),
                serverItem(
                        I18n.t("editor.server.workers"),
                        I18n.t("editor.server.workers.description"),
                        Integer.class,
                        ServerSpec::workers,
                        ServerSpec::withWorkers,
                        id),
                serverItem(
                        I18n.t("editor.server.queue"),
                        I18n.t("editor.server.queue.description"),
                        Integer.class,
                        ServerSpec::queueCapacity,
                        ServerSpec::withQueueCapacity,
                        id),
                serverItem(
                        I18n.t("editor.server.distribution"),
                        I18n.t("editor.server.distribution.description"),
                        Distribution.class,
                        s -> s.serviceTime().distribution(),
                        (s, v) -> s.withServiceTime(s.serviceTime().withDistribution(v)),
                        id),
                serverItem(
                        I18n.t("editor.server.meanMs"),
                        I18n.t("editor.server.meanMs.description"),
                        Double.class,
                        s -> s.serviceTime().meanMs(),
                        (s, v) -> s.withServiceTime(s.serviceTime().withMeanMs(v)),
                        id),
                serverItem(
                        I18n.t("editor.server.failure"),
                        I18n.t("editor.server.failure.description"),
                        FailureKind.class,
                        ServerSpec::failure,
                        ServerSpec::withFailure,
                        id),
                serverItem(
                        I18n.t("backup.editor.backup"),
                        I18n.t("backup.editor.backup.description"),
                        Boolean.class,
                        ServerSpec::backup,
                        ServerSpec::withBackup,
                        id));
    }

    private <T> PropertySheet.Item serverItem(
            String name,
            String description,
            Class<T> type,
            Function<ServerSpec, T> getter,
            BiFunction<ServerSpec, T, ServerSpec> setter,
            ServerId id) {
        return new SpecItem<>(
                I18n.t(SERVER),
                name,
                description,
                type,
                getter,
                setter,
                () -> server(id),
                s -> change(TopologyEdits.replaceServer(working, s)));
    }

    private List<PropertySheet.Item> clientItems(String id) {
        return List.of(
                clientItem(
                        I18n.t("editor.client.name"),
                        I18n.t("editor.client.name.description"),
                        String.class,
                        ClientSpec::name,
                        ClientSpec::withName,
                        id),
                clientItem(
                        I18n.t("editor.client.rate"),
                        I18n.t("editor.client.rate.description"),
                        Double.class,
                        ClientSpec::ratePerSecond,
                        ClientSpec::withRate,
                        id),
                clientItem(
                        I18n.t("editor.client.users"),
                        I18n.t("editor.client.users.description"),
                        Integer.class,
                        ClientSpec::users,
                        ClientSpec::withUsers,
                        id));
    }

    private <T> PropertySheet.Item clientItem(
            String name,
            String description,
            Class<T> type,
            Function<ClientSpec, T> getter,
            BiFunction<ClientSpec, T, ClientSpec> setter,
            String id) {
        return new SpecItem<>(
                I18n.t(CLIENT),
                name,
                description,
                type,
                getter,
                setter,
                () -> client(id),
                c -> change(TopologyEdits.replaceClient(working, c)));
    }
}
