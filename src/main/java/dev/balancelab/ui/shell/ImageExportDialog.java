package dev.balancelab.ui.shell;

import dev.balancelab.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** File → Export Image…: asks what to picture (the whole window or the canvas) and at which scale (1x, 2x, 3x). */
final class ImageExportDialog {
    private static final List<Integer> SCALES = List.of(1, 2, 3);

    private ImageExportDialog() {}

    /** Asks; empty if cancelled. Defaults: the canvas at 2x. */
    static Optional<Choice> ask(Window owner) {
        ChoiceBox<String> target = new ChoiceBox<>();
        target.getItems().setAll(I18n.t("export.image.canvas"), I18n.t("export.image.window"));
        target.getSelectionModel().select(0);
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().setAll(SCALES.stream().map(n -> n + "×").toList());
        scale.getSelectionModel().select(1);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.t("export.image.what")), target);
        grid.addRow(1, new Label(I18n.t("export.image.scale")), scale);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("export.image.title"));
        dialog.setHeaderText(I18n.t("export.image.header"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(
                        target.getSelectionModel().getSelectedIndex() == 1,
                        SCALES.get(scale.getSelectionModel().getSelectedIndex()))
                : null);
        return dialog.showAndWait();
    }

    /**
     * What File → Export Image pictures.
     *
     * @param wholeWindow the whole window; false for the canvas only
     * @param scale image pixels per screen pixel: 1, 2 or 3
     */
    record Choice(boolean wholeWindow, int scale) {}
}
