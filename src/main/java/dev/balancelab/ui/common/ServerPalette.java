package dev.balancelab.ui.common;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One colour per server, by its index in the topology's server list, shared by every view that tells servers apart
 * (the topology cards, the hash ring, the Maglev table, the "Why?" panel), so a server has the same colour everywhere.
 *
 * <p>The {@value #SIZE} colours are a Glasbey palette: Glasbey, van der Heijden, Toh and Gray, "Colour displays for
 * categorical images", Color Research &amp; Application 32(4), 2007, pp. 304–309. Their greedy method was seeded with
 * the state and request-dot colours of all three themes (css/lab.css, theme-light.css, theme-dark.css: UP, SUSPECT,
 * DOWN, dead, EJECTED, accent, and the request, retry, ok, failed and no-server dots), and each next colour is the
 * sRGB colour (channels in steps of 4) farthest by CIEDE2000 from every colour chosen or seeded before it, among those
 * with WCAG 2 contrast at least 3:1 (non-text contrast, SC 1.4.11) against every theme's paper, card and DOWN-card
 * background, and chroma C*ab at least 30 (no server looks grey like a dead one). The result: every two server colours,
 * and every server colour and state or dot colour, differ by ΔE00 &gt;= 11.3. The published fixed palettes fail that
 * here: Kelly's 22 colours of maximum contrast hold an orange-yellow ΔE00 2.9 from the dark theme's SUSPECT amber,
 * Tableau 20 a red 2.8 from the failed-dot red.
 *
 * <p>Past {@value #SIZE} servers the colours repeat, and {@link #marker} tells the rounds apart.
 */
public final class ServerPalette {
    /** Colours before they repeat. */
    public static final int SIZE = 20;

    private static final List<Color> COLOURS = List.of(
            Color.web("#f800b4"),
            Color.web("#908400"),
            Color.web("#008c88"),
            Color.web("#9c586c"),
            Color.web("#8470a4"),
            Color.web("#0090bc"),
            Color.web("#846838"),
            Color.web("#b47460"),
            Color.web("#ec0064"),
            Color.web("#bc58ec"),
            Color.web("#6c7844"),
            Color.web("#a4489c"),
            Color.web("#689004"),
            Color.web("#ec5004"),
            Color.web("#bc6c9c"),
            Color.web("#8074e4"),
            Color.web("#ac7800"),
            Color.web("#c86874"),
            Color.web("#008060"),
            Color.web("#a4544c"));

    /** One per round of {@value #SIZE} servers; the first round has none (DejaVu Sans has every glyph). */
    private static final List<String> MARKERS = List.of("", "▲", "■", "◆", "★", "✚");

    private ServerPalette() {}

    /** The colour of the server at {@code index} (&gt;= 0) in topology order. */
    public static Color of(int index) {
        return COLOURS.get(index % SIZE);
    }

    /**
     * The shape drawn beside the colour of the server at {@code index} (&gt;= 0) so that servers that share a colour
     * differ: empty for the first {@value #SIZE}, then ▲, ■, ◆, ★ and ✚ for each next round (repeating past 120).
     */
    public static String marker(int index) {
        return MARKERS.get(index / SIZE % MARKERS.size());
    }
}
