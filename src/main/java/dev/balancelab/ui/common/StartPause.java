package dev.balancelab.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;

/** The Start/Pause toggle of the main window and of View → Compare: one button, one meaning. */
public final class StartPause {
    private StartPause() {}

    /**
     * Makes {@code button} run and pause {@code running}, saying "Pause" while it runs and "Start" while it does not.
     */
    public static void bind(ToggleButton button, BooleanProperty running) {
        button.selectedProperty().bindBidirectional(running);
        button.textProperty()
                .bind(Bindings.when(running).then(I18n.t("toolbar.pause")).otherwise(I18n.t("toolbar.start")));
    }
}
