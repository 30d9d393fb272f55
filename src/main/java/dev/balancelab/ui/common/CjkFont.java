package dev.balancelab.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.scene.text.Font;

/**
 * The bundled Chinese font, "Noto Sans CJK SC" regular and bold (SIL OFL 1.1, subsets made by
 * {@code tools/subset-cjk-font.sh}), so Chinese renders on machines without CJK fonts. {@code css/lang-zh.css} puts
 * the family first while the window speaks Chinese.
 */
public final class CjkFont {
    /** The family name the stylesheets use. */
    public static final String FAMILY = "Noto Sans CJK SC";
    /** The font files, regular then bold, as class-path resources. */
    public static final List<String> FILES = List.of(
            "/dev/balancelab/ui/fonts/NotoSansCJKsc-Regular-subset.otf",
            "/dev/balancelab/ui/fonts/NotoSansCJKsc-Bold-subset.otf");

    private static final String LATIN = "DejaVu Sans";
    /** Height of a line of DejaVu Sans (ascent + descent, as JavaFX lays it out), in em. */
    private static final double LATIN_LINE_EM = 1.164;
    /** Height of a line of Noto Sans CJK SC, in em: a quarter taller than DejaVu Sans. */
    private static final double CJK_LINE_EM = 1.448;

    private CjkFont() {}

    /** The family for text drawn on a canvas (no CSS there): the bundled font while the window speaks Chinese. */
    public static String canvasFamily() {
        return "zh".equals(I18n.locale().getLanguage()) ? FAMILY : LATIN;
    }

    /**
     * How much taller than a line of DejaVu Sans (for which the cards were sized) a line of the window's font is while
     * it speaks the language in use, in em: 0 in English, 0.284 in Chinese. A card with lines of 18 and 14 px text
     * needs (18 + 14) × this many px more.
     */
    public static double extraLineEm() {
        return ("zh".equals(I18n.locale().getLanguage()) ? CJK_LINE_EM : LATIN_LINE_EM) - LATIN_LINE_EM;
    }

    /**
     * Registers both faces with JavaFX; call once before the window is built (any thread after the toolkit starts).
     *
     * @throws UncheckedIOException if a font file is missing or unreadable (a packaging bug)
     */
    public static void load() {
        for (String file : FILES) {
            try (InputStream in = Objects.requireNonNull(CjkFont.class.getResourceAsStream(file), file)) {
                if (Font.loadFont(in, 12) == null) {
                    throw new IOException("JavaFX cannot read the font");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
    }
}
