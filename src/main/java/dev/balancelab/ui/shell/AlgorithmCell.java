package dev.balancelab.ui.shell;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.ui.common.AlgorithmTexts;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** One entry of the algorithm menu: the algorithm's label, with its description as tooltip. */
final class AlgorithmCell extends ListCell<AlgorithmKind> {
    @Override
    protected void updateItem(AlgorithmKind kind, boolean empty) {
        super.updateItem(kind, empty);
        boolean none = empty || kind == null;
        setText(none ? null : AlgorithmTexts.label(kind));
        setTooltip(none ? null : new Tooltip(AlgorithmTexts.description(kind)));
    }
}
