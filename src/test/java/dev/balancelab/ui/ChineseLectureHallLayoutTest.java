package dev.balancelab.ui;

import dev.balancelab.io.SampleTopologies;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link LectureHallLayoutTest} in Simplified Chinese, whose lines are taller (Noto Sans CJK SC): the lessons with the
 * tallest banners (a challenge row, a long description) and a scenario bar, where the status bar was cut by 30 px.
 */
@ExtendWith(InChinese.class)
class ChineseLectureHallLayoutTest extends LectureHallLayoutTest {
    static Stream<String> lessons() {
        return SampleTopologies.names().stream()
                .filter(name -> name.contains("challenge") || name.startsWith("15-") || name.startsWith("40-"));
    }
}
