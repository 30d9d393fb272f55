package dev.balancelab.ui;

import dev.balancelab.io.SampleTopologies;
import dev.balancelab.ui.common.I18n;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link PresentationLayoutTest} in Simplified Chinese, whose lines are taller (Noto Sans CJK SC): the first lesson,
 * the one with the longest texts, and the generated 20-, 50- and 100-server labs. The pom runs it on both screens.
 */
class ChinesePresentationLayoutTest extends PresentationLayoutTest {
    @BeforeAll
    static void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    static Stream<String> labs() {
        return Stream.of(
                SampleTopologies.names().get(0), SampleTopologies.names().get(2), "20", "50", "100");
    }
}
