package dev.balancelab.app;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.common.NodeRef;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The document: the topology being edited, the one last opened or saved, its file, the undo history and the
 * selection. It is the single source of truth; the running lab follows it. Every change, and every undo and redo,
 * first goes to the {@code follower} (which makes the lab run the new topology, or throws) and only then becomes the
 * document. Needs no window: only JavaFX properties.
 */
final class LabDocumentModel implements LabDocument {
    private final BiConsumer<Topology, Topology> follower;
    private final EditHistory history = new EditHistory();
    private final ObjectProperty<Topology> document = new SimpleObjectProperty<>();
    private final ObjectProperty<NodeRef> selection = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.t("app.title"));
    private Topology saved;
    private Path file;

    /**
     * @param follower called with the topology before and after each change, before the change is made; throws
     *     {@link IllegalArgumentException} if the lab cannot run the new topology, and nothing changes then
     */
    LabDocumentModel(BiConsumer<Topology, Topology> follower) {
        this.follower = follower;
    }

    /** Makes {@code topology}, which the lab already runs, the document: saved, from {@code from} (or no file). */
    void open(Topology topology, Path from) {
        history.clear();
        selection.set(null);
        saved = topology;
        file = from;
        show(topology);
    }

    /** Records that the document was written to {@code to}: it is clean now and {@code to} is its file. */
    void saved(Path to) {
        saved = document.get();
        file = to;
        show(saved);
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
    public ObjectProperty<NodeRef> selectionProperty() {
        return selection;
    }

    @Override
    public void edit(Topology next) {
        Topology before = document.get();
        if (before.equals(next)) {
            return;
        }
        follower.accept(before, next);
        history.record(before);
        show(next);
    }

    /** Goes back one edit; false if there was none. */
    boolean undo() {
        return step(history.undo(document.get()), history::redo);
    }

    /** Goes forward one undone edit; false if there was none. */
    boolean redo() {
        return step(history.redo(document.get()), history::undo);
    }

    /** Follows the history's step to {@code target}; if the lab cannot follow, {@code back} takes the step back. */
    private boolean step(Optional<Topology> target, Function<Topology, Optional<Topology>> back) {
        if (target.isEmpty()) {
            return false;
        }
        try {
            follower.accept(document.get(), target.get());
        } catch (IllegalArgumentException e) {
            back.apply(target.get());
            throw e;
        }
        show(target.get());
        return true;
    }

    /** Whether the document differs from the one last opened or saved. */
    boolean dirty() {
        return !Objects.equals(document.get(), saved);
    }

    /** The file the document was opened from or last saved to; empty for samples and new labs. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** "Balance Lab — lesson title" in the window's language, with " *" at the end while there are unsaved changes. */
    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private void show(Topology topology) {
        document.set(topology);
        retitle();
    }

    /** Sets the title again, in the language now in use. */
    void retitle() {
        Topology topology = document.get();
        title.set(I18n.t("app.title")
                + (topology == null
                        ? ""
                        : " — " + topology.title(I18n.locale().toLanguageTag()) + (dirty() ? " *" : "")));
    }
}
