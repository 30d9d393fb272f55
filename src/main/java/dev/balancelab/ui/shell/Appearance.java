package dev.balancelab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * How the window looks: the theme and projector mode, as a list of stylesheets. One instance lives as long as the
 * window, so the choice survives opening another topology.
 */
public final class Appearance {
    private static final String BASE = "/css/lab.css";
    private static final String PROJECTOR = "/css/projector.css";

    /** The colour themes; each adds its stylesheet after {@code lab.css}. */
    public enum Theme {
        /** lab.css alone: calm colours for a monitor. */
        STANDARD("Standard", null),
        /** Black on white, saturated state colours. */
        LIGHT("High contrast light", "/css/theme-light.css"),
        /** Near-white on near-black. */
        DARK("High contrast dark", "/css/theme-dark.css");

        private final String displayName;
        private final String stylesheet;

        Theme(String displayName, String stylesheet) {
            this.displayName = displayName;
            this.stylesheet = stylesheet;
        }

        /** What the View → Theme menu shows. */
        public String displayName() {
            return displayName;
        }
    }

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.STANDARD);
    private final BooleanProperty projector = new SimpleBooleanProperty();

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Projector mode: larger fonts, cards and request dots. */
    public BooleanProperty projectorProperty() {
        return projector;
    }

    /** Keeps {@code stylesheets} (a scene's) equal to the current choice from now on. */
    public void applyTo(ObservableList<String> stylesheets) {
        stylesheets.setAll(stylesheets());
        theme.addListener(o -> stylesheets.setAll(stylesheets()));
        projector.addListener(o -> stylesheets.setAll(stylesheets()));
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
        return urls;
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Appearance.class.getResource(resource), resource)
                .toExternalForm();
    }
}
