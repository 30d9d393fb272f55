package dev.balancelab.ui.editor;

import dev.balancelab.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The Edit tab ({@code Editor.fxml}): a ControlsFX property sheet for the selected client, server or balancer, and the
 * one-line reason when a value was not applied.
 */
public final class EditorView {
    private static final DefaultPropertyEditorFactory DEFAULTS = new DefaultPropertyEditorFactory();
    private final EditorViewModel vm;

    @FXML
    private Label heading;

    @FXML
    private Label refused;

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
        refused.textProperty().bind(vm.refusedProperty());
        refused.visibleProperty().bind(vm.refusedProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        Bindings.bindContent(sheet.getItems(), vm.items());
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(this::editor);
    }

    /**
     * ControlsFX's editor for {@code item}, except that numbers read "10000" rather than "10000.0" and choices read
     * "Exponential" rather than "EXPONENTIAL"; in a text field Enter applies the text at once.
     */
    private PropertyEditor<?> editor(PropertySheet.Item item) {
        PropertyEditor<?> editor = item.getType() == Double.class
                ? new PlainNumberEditor(item)
                : item.getType().isEnum() ? EnumEditor.of(item) : DEFAULTS.call(item);
        if (editor != null && editor.getEditor() instanceof TextField field && item instanceof SpecItem<?, ?> spec) {
            field.setOnAction(e -> {
                spec.setText(field.getText());
                vm.applyNow();
            });
        }
        return editor;
    }
}
