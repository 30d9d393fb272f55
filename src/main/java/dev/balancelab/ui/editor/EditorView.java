package dev.balancelab.ui.editor;

import dev.balancelab.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.controlsfx.control.PropertySheet;

/** The Edit tab ({@code Editor.fxml}): a ControlsFX property sheet for the selected client or server. */
public final class EditorView {
    private final EditorViewModel vm;

    @FXML
    private Label heading;

    @FXML
    private PropertySheet sheet;

    private EditorView(EditorViewModel vm) {
        this.vm = vm;
    }

    /** Loads the tab for {@code vm}. */
    public static Parent create(EditorViewModel vm) {
        return Fxml.load("Editor", new EditorView(vm));
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(vm.headingProperty());
        Bindings.bindContent(sheet.getItems(), vm.items());
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
    }
}
