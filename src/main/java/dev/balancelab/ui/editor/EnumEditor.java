package dev.balancelab.ui.editor;

import dev.balancelab.domain.Distribution;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.Partitioning;
import dev.balancelab.ui.common.FailureLabels;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/** A choice of an enum's constants shown in words, in the window's language: "Exponential", "Hang", "None". */
final class EnumEditor extends AbstractPropertyEditor<Object, ComboBox<Object>> {
    private EnumEditor(PropertySheet.Item item, ComboBox<Object> box) {
        super(item, box);
    }

    /** The editor for {@code item}, whose type is an enum. */
    static EnumEditor of(PropertySheet.Item item) {
        ComboBox<Object> box = new ComboBox<>();
        box.getItems().setAll(List.of(item.getType().getEnumConstants()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object constant) {
                return constant == null ? "" : words((Enum<?>) constant);
            }

            @Override
            public Object fromString(String text) {
                return box.getItems().stream()
                        .filter(c -> toString(c).equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        return new EnumEditor(item, box);
    }

    /**
     * A constant in words, in the window's language: failure kinds as the failure menu names them ("None" for none).
     */
    static String words(Enum<?> constant) {
        if (constant instanceof FailureKind kind) {
            return kind == FailureKind.NONE ? I18n.t("editor.failure.none") : FailureLabels.title(kind);
        }
        if (constant instanceof Distribution distribution) {
            return I18n.t(
                    distribution == Distribution.FIXED
                            ? "editor.distribution.fixed"
                            : "editor.distribution.exponential");
        }
        if (constant instanceof CacheChoice cache) {
            return I18n.t(
                    switch (cache) {
                        case NONE -> "editor.cache.none";
                        case LRU -> "editor.cache.lru";
                        case W_TINYLFU -> "editor.cache.wTinyLfu";
                    });
        }
        if (constant instanceof Partitioning partitioning) {
            return I18n.t(
                    partitioning == Partitioning.HASH ? "storedit.partitioning.hash" : "storedit.partitioning.range");
        }
        if (constant instanceof HealthModel model) {
            return I18n.t(model == HealthModel.PUSH ? "push.model.push" : "push.model.active");
        }
        String lower = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    protected ObservableValue<Object> getObservableValue() {
        return getEditor().getSelectionModel().selectedItemProperty();
    }

    @Override
    public void setValue(Object value) {
        getEditor().getSelectionModel().select(value);
    }
}
