package dev.balancelab.ui.editor;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the property sheet: a field of an immutable spec ({@code S}), read from the latest spec and written by
 * deriving a new spec. Values the spec refuses (out of range) are ignored, so the sheet shows the old value again
 * at the next refresh.
 *
 * @param <S> the spec type, for example {@code ServerSpec}
 * @param <T> the field's type; numbers are {@code Integer}, {@code Long} or {@code Double}
 */
final class SpecItem<S, T> implements PropertySheet.Item {
    private final String category;
    private final String name;
    private final String description;
    private final Class<T> type;
    private final Function<S, T> getter;
    private final BiFunction<S, T, S> setter;
    private final Supplier<S> spec;
    private final Consumer<S> commit;

    /**
     * @param spec the latest spec, read at every get and set
     * @param commit takes the derived spec
     */
    SpecItem(
            String category,
            String name,
            String description,
            Class<T> type,
            Function<S, T> getter,
            BiFunction<S, T, S> setter,
            Supplier<S> spec,
            Consumer<S> commit) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
        this.spec = spec;
        this.commit = commit;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return getter.apply(spec.get());
    }

    @Override
    public void setValue(Object value) {
        T typed = coerce(value);
        if (typed == null || typed.equals(getValue())) {
            return;
        }
        try {
            commit.accept(setter.apply(spec.get(), typed));
        } catch (IllegalArgumentException refused) {
            // out of range: the spec keeps its value
        }
    }

    /**
     * Sets the value a text field holds now ({@code "120"}, {@code "2.5"}, a name), as Enter in the field asks; text
     * that does not parse as the field's type is ignored.
     */
    void setText(String text) {
        try {
            setValue(
                    type == Integer.class
                            ? Integer.valueOf(text.strip())
                            : type == Long.class
                                    ? Long.valueOf(text.strip())
                                    : type == Double.class ? Double.valueOf(text.strip()) : text);
        } catch (NumberFormatException notANumber) {
            // the field keeps its text; the sheet shows the spec's value at the next refresh
        }
    }

    /** Numeric editors may hand over any {@link Number}; text fields an empty string while typing. */
    private T coerce(Object value) {
        if (value instanceof Number n && type == Integer.class) {
            return type.cast(n.intValue());
        }
        if (value instanceof Number n && type == Long.class) {
            return type.cast(n.longValue());
        }
        if (value instanceof Number n && type == Double.class) {
            return type.cast(n.doubleValue());
        }
        return type.isInstance(value) && !"".equals(value) ? type.cast(value) : null;
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
