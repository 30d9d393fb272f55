package dev.balancelab.ui;

import dev.balancelab.io.SampleTopologies;
import dev.balancelab.ui.common.I18n;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link LectureHallLayoutTest} in Simplified Chinese, whose lines are taller (Noto Sans CJK SC): the lessons with the
 * tallest banners (a challenge row, a long description) and a scenario bar, where the status bar was cut by 30 px.
 */
class ChineseLectureHallLayoutTest extends LectureHallLayoutTest {
    @BeforeAll
    static void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    static Stream<String> lessons() {
        return SampleTopologies.names().stream()
                .filter(name -> name.contains("challenge") || name.startsWith("15-") || name.startsWith("40-"));
    }
}
