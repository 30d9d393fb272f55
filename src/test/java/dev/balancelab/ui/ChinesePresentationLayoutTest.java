package dev.balancelab.ui;

import dev.balancelab.io.SampleTopologies;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link PresentationLayoutTest} in Simplified Chinese, whose lines are taller (Noto Sans CJK SC): the first lesson,
 * the one with the longest texts, and the generated 20-, 50- and 100-server labs. The pom runs it on both screens.
 */
@ExtendWith(InChinese.class)
class ChinesePresentationLayoutTest extends PresentationLayoutTest {
    static Stream<String> labs() {
        return Stream.of(
                SampleTopologies.names().get(0), SampleTopologies.names().get(2), "20", "50", "100");
    }
}
