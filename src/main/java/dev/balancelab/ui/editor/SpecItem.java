package dev.balancelab.ui.editor;

import dev.balancelab.domain.Limits;
import dev.balancelab.ui.common.I18n;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the property sheet: a field of an immutable spec ({@code S}), read from the latest spec and written by
 * deriving a new spec. A number outside the field's {@link Limits.Range} (the range a topology file allows) or a value
 * the spec refuses is not applied: the row reports it in one line naming the field and the rule, and the spec keeps
 * its value.
 *
 * @param <S> the spec type, for example {@code ServerSpec}
 * @param <T> the field's type; numbers are {@code Integer}, {@code Long} or {@code Double}
 */
final class SpecItem<S, T> implements PropertySheet.Item {
    private final String category;
    private final String name;
    private final String description;
    private final Class<T> type;
    private final Limits.Range range;
    private final Function<S, T> getter;
    private final BiFunction<S, T, S> setter;
    private final Supplier<S> spec;
    private final Consumer<S> commit;
    private final Consumer<String> refused;

    /**
     * @param range the values a number field accepts, from {@link Limits}; null for other fields
     * @param spec the latest spec, read at every get and set
     * @param commit takes the derived spec
     * @param refused takes the one-line message when a value is not applied
     */
    SpecItem(
            String category,
            String name,
            String description,
            Class<T> type,
            Limits.Range range,
            Function<S, T> getter,
            BiFunction<S, T, S> setter,
            Supplier<S> spec,
            Consumer<S> commit,
            Consumer<String> refused) {
        this.category = category;
        this.name = name;
        this.description = range == null
                ? description
                : I18n.t("editor.range.description", description, plain(range.min()), plain(range.max()));
        this.type = type;
        this.range = range;
        this.getter = getter;
        this.setter = setter;
        this.spec = spec;
        this.commit = commit;
        this.refused = refused;
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
        if (range != null && typed instanceof Number n && !range.contains(n.doubleValue())) {
            refused.accept(I18n.t(
                    "editor.refused.range", name, plain(range.min()), plain(range.max()), plain(n.doubleValue())));
            return;
        }
        try {
            commit.accept(setter.apply(spec.get(), typed));
        } catch (Refused why) {
            refused.accept(why.getMessage());
        } catch (IllegalArgumentException notAccepted) {
            refused.accept(I18n.t("editor.refused", name, typed instanceof Number n ? plain(n.doubleValue()) : typed));
        }
    }

    /** 10000.0 → "10000", 2.50 → "2.5". */
    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
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
