package dev.balancelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.ui.common.CjkFont;
import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled Chinese font has a glyph for every character of the Chinese bundle and the lessons, in regular and bold
 * (else run {@code tools/subset-cjk-font.sh}).
 */
class CjkFontCoverageTest {
    @Test
    void bothFacesCoverTheChineseTexts() throws Exception {
        String text = texts();
        for (String file : CjkFont.FILES) {
            try (InputStream in = CjkFont.class.getResourceAsStream(file)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertEquals(CjkFont.FAMILY, font.getFamily(java.util.Locale.ROOT), file);
                assertEquals("", missing(font, text), file + " lacks these characters");
            }
        }
    }

    private static String missing(Font font, String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(c -> !font.canDisplay(c)).distinct().forEach(missing::appendCodePoint);
        return missing.toString();
    }

    private static String texts() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("src/main/resources/dev/balancelab/ui/i18n/messages_zh_CN.properties"));
        try (Stream<Path> lessons = Files.list(Path.of("sample-topologies"))) {
            lessons.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(Files.readString(file).replaceAll("[\\n\\r\\t]", ""));
        }
        return text.toString();
    }
}
