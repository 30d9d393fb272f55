package dev.balancelab.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/**
 * A decimal field that shows its value without a trailing ".0" (10000, 2.5); like ControlsFX's numeric editor it
 * hands the value over when the field loses the focus (Enter is wired by {@link EditorView}).
 */
final class PlainNumberEditor extends AbstractPropertyEditor<Number, TextField> {
    /** Created on first use: the super constructor already asks for it. */
    private ObjectProperty<Number> value;

    PlainNumberEditor(PropertySheet.Item item) {
        super(item, new TextField());
        getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                parse();
            }
        });
    }

    private void parse() {
        try {
            getObservableValue().set(Double.valueOf(getEditor().getText().strip()));
        } catch (NumberFormatException notANumber) {
            // the field keeps its text; the sheet shows the spec's value at the next refresh
        }
    }

    @Override
    protected ObjectProperty<Number> getObservableValue() {
        if (value == null) {
            value = new SimpleObjectProperty<>();
        }
        return value;
    }

    @Override
    public void setValue(Number number) {
        getEditor().setText(number == null ? "" : SpecItem.plain(number.doubleValue()));
    }
}
