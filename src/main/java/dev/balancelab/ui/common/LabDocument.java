package dev.balancelab.ui.common;

import dev.balancelab.domain.Position;
import dev.balancelab.domain.Topology;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The topology being edited, shared by the toolbar, the canvas, the property sheet and the menus; implemented by the
 * composition root. It is the single source of truth: every {@link #edit} is one undo step and marks the document
 * dirty, and the running lab follows the document. A new algorithm, a new total rate, new weights apply to the running
 * lab at once; moved cards touch only the canvas; any other change rebuilds the lab from the new topology, keeping
 * speed and running state.
 */
public interface LabDocument {
    /** The topology as edited (with the algorithm and rate chosen in the toolbar: those are edits too). */
    Topology topology();

    /** The edited topology; changes after every edit, undo, redo and open. */
    ReadOnlyObjectProperty<Topology> documentProperty();

    /**
     * Replaces the topology with {@code next} as one undo step.
     *
     * @throws IllegalArgumentException if the lab cannot run {@code next}; nothing changes then
     */
    void edit(Topology next);

    /** The selected client or server, or null. */
    ObjectProperty<NodeRef> selectionProperty();

    /** Adds a server drawn at {@code at} (see {@link TopologyEdits#addServer}). */
    default void addServer(Position at) {
        edit(TopologyEdits.addServer(topology(), at));
    }

    /** Adds a client drawn at {@code at} (see {@link TopologyEdits#addClient}). */
    default void addClient(Position at) {
        edit(TopologyEdits.addClient(topology(), at));
    }

    /**
     * Removes the selected client or server, if any (the balancer and storage nodes stay).
     *
     * @throws IllegalArgumentException if it is the last server; nothing changes then
     */
    default void removeSelected() {
        NodeRef selected = selectionProperty().get();
        if (selected != null && (selected.kind() == NodeRef.Kind.CLIENT || selected.kind() == NodeRef.Kind.SERVER)) {
            edit(TopologyEdits.remove(topology(), selected));
            selectionProperty().set(null);
        }
    }
}
