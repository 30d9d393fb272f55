package dev.balancelab.ui.shell;

import dev.balancelab.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * How the window looks: the theme, presentation mode and language, as a list of stylesheets. One instance lives as
 * long as the window, so the choice survives opening another topology. The language's texts come from {@link I18n};
 * whoever builds the window follows {@link #languageProperty()} and rebuilds it.
 */
public final class Appearance {
    private static final String BASE = "/css/lab.css";
    private static final String PRESENTATION = "/css/presentation.css";
    private static final String CHINESE = "/css/lang-zh.css";
    /** The smallest text of the canvas cards at 1:1 ({@code .card-detail} in lab.css), px. */
    private static final double CARD_TEXT_PX = 14;

    private static final double DIVIDER = 0.68;

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
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());
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

    /** The language of the window, one of {@link I18n#LANGUAGES}; starts as the one in use. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Keeps {@code stylesheets} (a scene's) equal to the current choice from now on. */
    public void applyTo(ObservableList<String> stylesheets) {
        stylesheets.setAll(stylesheets());
        theme.addListener(o -> stylesheets.setAll(stylesheets()));
        presentation.addListener(o -> stylesheets.setAll(stylesheets()));
        language.addListener(o -> stylesheets.setAll(stylesheets()));
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
