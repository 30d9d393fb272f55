package dev.balancelab.ui.shell;

import dev.balancelab.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * How the window looks: the theme, projector mode and language, as a list of stylesheets. One instance lives as long
 * as the window, so the choice survives opening another topology. The language's texts come from {@link I18n}; whoever
 * builds the window follows {@link #languageProperty()} and rebuilds it.
 */
public final class Appearance {
    private static final String BASE = "/css/lab.css";
    private static final String PROJECTOR = "/css/projector.css";
    private static final String CHINESE = "/css/lang-zh.css";

    /** The colour themes; each adds its stylesheet after {@code lab.css}; named by the key {@code theme.<name>}. */
    public enum Theme {
        /** lab.css alone: calm colours for a monitor. */
        STANDARD(null),
        /** Black on white, saturated state colours. */
        LIGHT("/css/theme-light.css"),
        /** Near-white on near-black. */
        DARK("/css/theme-dark.css");

        private final String stylesheet;

        Theme(String stylesheet) {
            this.stylesheet = stylesheet;
        }
    }

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.STANDARD);
    private final BooleanProperty projector = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Projector mode: larger fonts, cards and request dots. */
    public BooleanProperty projectorProperty() {
        return projector;
    }

    /** The language of the window, one of {@link I18n#LANGUAGES}; starts as the one in use. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Keeps {@code stylesheets} (a scene's) equal to the current choice from now on. */
    public void applyTo(ObservableList<String> stylesheets) {
        stylesheets.setAll(stylesheets());
        theme.addListener(o -> stylesheets.setAll(stylesheets()));
        projector.addListener(o -> stylesheets.setAll(stylesheets()));
        language.addListener(o -> stylesheets.setAll(stylesheets()));
    }

    /** The stylesheet URLs for the current choice, base first. */
    List<String> stylesheets() {
        List<String> urls = new ArrayList<>(List.of(url(BASE)));
        if (theme.get().stylesheet != null) {
            urls.add(url(theme.get().stylesheet));
        }
        if (projector.get()) {
            urls.add(url(PROJECTOR));
        }
        if (Locale.SIMPLIFIED_CHINESE.equals(language.get())) {
            urls.add(url(CHINESE));
        }
        return urls;
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Appearance.class.getResource(resource), resource)
                .toExternalForm();
    }
}
