package dev.balancelab.ui.topology;

import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.ui.common.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One storage node's card: whether it runs, and the reads and writes it answered with its share of all the storage
 * tier's answers (a hot range shows as a large share). Counts come from the lab's storage events; FX thread only.
 */
public final class StorageNodeViewModel {
    private final StorageNodeSpec spec;
    private final BooleanProperty down = new SimpleBooleanProperty();
    private final StringProperty detail = new SimpleStringProperty();
    private long answered;

    StorageNodeViewModel(StorageNodeSpec spec) {
        this.spec = spec;
        show(0);
    }

    public ServerId id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    /** Whether the node is killed. */
    public ReadOnlyBooleanProperty downProperty() {
        return down;
    }

    /** The card's detail line: operations answered and their share, or that it is down. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    void setDown(boolean value) {
        down.set(value);
    }

    /** Counts one operation this node answered. */
    void answered() {
        answered++;
    }

    /** Shows the count against {@code total} operations answered by all nodes. */
    void show(long total) {
        long percent = total == 0 ? 0 : Math.round(100.0 * answered / total);
        detail.set(down.get() ? I18n.t("storage.card.down", answered) : I18n.t("storage.card.ops", answered, percent));
    }

    long answeredCount() {
        return answered;
    }
}
