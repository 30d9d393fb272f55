package dev.balancelab.ui.common;

import dev.balancelab.domain.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A document without lab behind it, for ViewModel tests: keeps every edit in {@link #edits} and can undo them. */
public final class DocumentStub implements LabDocument {
    public final List<Topology> edits = new ArrayList<>();

    private final ObjectProperty<Topology> document;
    private final ObjectProperty<NodeRef> selection = new SimpleObjectProperty<>();
    private final Deque<Topology> undo = new ArrayDeque<>();

    public DocumentStub(Topology topology) {
        document = new SimpleObjectProperty<>(topology);
    }

    @Override
    public Topology topology() {
        return document.get();
    }

    @Override
    public ReadOnlyObjectProperty<Topology> documentProperty() {
        return document;
    }

    @Override
    public void edit(Topology next) {
        if (!next.equals(document.get())) {
            undo.push(document.get());
            edits.add(next);
            document.set(next);
        }
    }

    /** Goes back one edit, as the document model does. */
    public void undo() {
        document.set(undo.pop());
    }

    @Override
    public ObjectProperty<NodeRef> selectionProperty() {
        return selection;
    }
}
