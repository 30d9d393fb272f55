package dev.balancelab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Server colours stay apart from each other and from what the themes use to say something else.
 *
 * <p>Threshold ΔE00 10: about ten times the just-noticeable difference of CIEDE2000 for large side-by-side patches.
 * The server colour is shown as small marks (an 8 px dot on a card, a ring tick, a chart line), seen from the back of
 * a hall, and the difference needed to tell small marks apart grows several-fold as they shrink (Stone, Szafir and
 * Setlur, "An engineering model for color difference as a function of size", Color and Imaging Conference 2014); ten
 * leaves that room while twenty colours still fit in the mid-lightness band that reads on light and dark themes.
 */
class ServerPaletteTest {
    private static final double MIN_DELTA_E = 10;
    /** WCAG 2 SC 1.4.11: graphical objects need 3:1 against what is next to them. */
    private static final double MIN_CONTRAST = 3;

    private static final List<String> STATE_AND_DOT = List.of(
            "up",
            "suspect",
            "down",
            "dead",
            "ejected",
            "accent",
            "dot-request",
            "dot-retry",
            "dot-ok",
            "dot-failed",
            "dot-none");
    private static final List<String> BACKGROUNDS = List.of("paper", "card", "down-paper");
    private static final Pattern COLOUR = Pattern.compile("-lab-([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    @Test
    void everyTwoOfTheFirstTwentyColoursDiffer() {
        for (int i = 0; i < ServerPalette.SIZE; i++) {
            for (int j = i + 1; j < ServerPalette.SIZE; j++) {
                double d = Ciede2000.between(ServerPalette.of(i), ServerPalette.of(j));
                assertTrue(d > MIN_DELTA_E, "servers " + i + " and " + j + ": ΔE00 " + d);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lab.css", "theme-light.css", "theme-dark.css"})
    void noServerColourIsCloseToAStateOrDotColour(String theme) throws IOException {
        Map<String, Color> colours = colours(theme);
        for (String name : STATE_AND_DOT) {
            Color reserved = colours.get(name);
            for (int i = 0; i < ServerPalette.SIZE; i++) {
                double d = Ciede2000.between(ServerPalette.of(i), reserved);
                assertTrue(d > MIN_DELTA_E, theme + " -lab-" + name + " and server " + i + ": ΔE00 " + d);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lab.css", "theme-light.css", "theme-dark.css"})
    void everyServerColourStandsOutOnTheThemesBackgrounds(String theme) throws IOException {
        Map<String, Color> colours = colours(theme);
        for (String name : BACKGROUNDS) {
            for (int i = 0; i < ServerPalette.SIZE; i++) {
                double ratio = contrast(ServerPalette.of(i), colours.get(name));
                assertTrue(ratio >= MIN_CONTRAST, theme + " -lab-" + name + " and server " + i + ": " + ratio);
            }
        }
    }

    @Test
    void beyondTwentyTheColoursRepeatWithAMarkerThatTellsTheRoundsApart() {
        assertEquals("", ServerPalette.marker(19));
        assertEquals(ServerPalette.of(0), ServerPalette.of(20));
        assertNotEquals("", ServerPalette.marker(20));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            assertTrue(seen.add(ServerPalette.of(i) + ServerPalette.marker(i)), "server " + i + " looks like another");
        }
    }

    /** The theme's {@code -lab-*} colours that are given as {@code #rrggbb}. */
    private static Map<String, Color> colours(String theme) throws IOException {
        try (InputStream in = ServerPaletteTest.class.getResourceAsStream("/css/" + theme)) {
            Matcher m = COLOUR.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Color> found =
                    m.results().collect(Collectors.toMap(r -> r.group(1), r -> Color.web(r.group(2)), (a, b) -> b));
            assertTrue(found.keySet().containsAll(STATE_AND_DOT), theme + " has " + found.keySet());
            return found;
        }
    }

    /** WCAG 2 contrast ratio, 1..21. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
