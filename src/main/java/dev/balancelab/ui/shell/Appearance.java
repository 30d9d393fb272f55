package dev.balancelab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * How the window looks: the theme and presentation mode, as a list of stylesheets. One instance lives as long as the
 * window, so the choice survives opening another topology.
 */
public final class Appearance {
    private static final String BASE = "/css/lab.css";
    private static final String PRESENTATION = "/css/presentation.css";
    /** The smallest text of the canvas cards at 1:1 ({@code .card-detail} in lab.css), px. */
    private static final double CARD_TEXT_PX = 14;

    private static final double DIVIDER = 0.68;

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
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final DoubleProperty textPx = new SimpleDoubleProperty(CARD_TEXT_PX);
    private final DoubleBinding canvasScale = Bindings.createDoubleBinding(
            () -> presentation.get() ? textPx.get() / CARD_TEXT_PX : 1, presentation, textPx);

    private final BooleanProperty sidePanel = new SimpleBooleanProperty(true);
    private final DoubleProperty sideDivider = new SimpleDoubleProperty(DIVIDER);

    /** Whether the side panel (Health, Why?, Charts, …) is shown beside the canvas. */
    public BooleanProperty sidePanelProperty() {
        return sidePanel;
    }

    /** Where the canvas ends and the side panel starts, 0..1 of the window's width. */
    public DoubleProperty sideDividerProperty() {
        return sideDivider;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Presentation mode: full screen, menus in an overlay, text at least {@link #textPxProperty} px. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The smallest text in presentation mode, px (16 at 1280 × 720, 24 at 1920 × 1080). */
    public DoubleProperty textPxProperty() {
        return textPx;
    }

    /** How much the canvas cards are enlarged: 1, or in presentation mode the smallest text over the cards' own. */
    public DoubleBinding canvasScaleProperty() {
        return canvasScale;
    }

    /** Keeps {@code stylesheets} (a scene's) equal to the current choice from now on. */
    public void applyTo(ObservableList<String> stylesheets) {
        stylesheets.setAll(stylesheets());
        theme.addListener(o -> stylesheets.setAll(stylesheets()));
        presentation.addListener(o -> stylesheets.setAll(stylesheets()));
    }

    /** The stylesheet URLs for the current choice, base first. */
    List<String> stylesheets() {
        List<String> urls = new ArrayList<>(List.of(url(BASE)));
        if (theme.get().stylesheet != null) {
            urls.add(url(theme.get().stylesheet));
        }
        if (presentation.get()) {
            urls.add(url(PRESENTATION));
        }
        return urls;
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Appearance.class.getResource(resource), resource)
                .toExternalForm();
    }
}
