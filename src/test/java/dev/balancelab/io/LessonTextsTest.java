package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.Topology;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A title or description is a plain string (English) or an object of texts by language. */
class LessonTextsTest {
    private static final String FILE = """
            {
              "schemaVersion": 1,
              "title": TITLE,
              "description": "d",
              "clients": [{"id": "c1"}],
              "balancer": {"algorithm": "round-robin"},
              "servers": [{"id": "s1"}]
            }
            """;

    private static Topology read(String title) throws TopologyFileException {
        return TopologyFiles.read(FILE.replace("TITLE", title), "lab.json");
    }

    @Test
    void aPlainStringIsTheEnglishTextForEveryLanguage() throws Exception {
        Topology t = read("\"Round robin basics\"");
        assertEquals("Round robin basics", t.title());
        assertEquals("Round robin basics", t.title("zh-CN"));
        assertEquals(Map.of(), t.translations());
    }

    @Test
    void anObjectGivesEachLanguageItsTextAndDescriptionFallsBackToEnglish() throws Exception {
        Topology t = read("{\"en\": \"Round robin basics\", \"zh-CN\": \"轮询基础\"}");
        assertEquals("Round robin basics", t.title());
        assertEquals("Round robin basics", t.title("en"));
        assertEquals("轮询基础", t.title("zh-CN"));
        assertEquals("d", t.description("zh-CN"));
    }

    @Test
    void anUnknownLanguageIsAOneLineError() {
        TopologyFileException e =
                assertThrows(TopologyFileException.class, () -> read("{\"en\": \"t\", \"fr\": \"titre\"}"));
        assertEquals("lab.json:3:24: title.fr: unknown language \"fr\" (expected one of en, zh-CN)", e.getMessage());
    }

    @Test
    void englishIsRequiredAndTextsAreStrings() {
        assertEquals(
                "lab.json:3:12: title: needs the \"en\" text",
                assertThrows(TopologyFileException.class, () -> read("{\"zh-CN\": \"轮询基础\"}"))
                        .getMessage());
        assertEquals(
                "lab.json:3:19: title.en: must be a string, was 3",
                assertThrows(TopologyFileException.class, () -> read("{\"en\": 3}"))
                        .getMessage());
    }

    @Test
    void translationsSurviveSavingAndLoading() throws Exception {
        Topology t = read("{\"en\": \"Round robin basics\", \"zh-CN\": \"轮询基础\"}");
        Topology again = TopologyFiles.read(TopologyWriter.write(t), "again.json");
        assertEquals(t, again);
        assertEquals(
                t.title(),
                TopologyFiles.read(TopologyWriter.write(read("\"x\"").withTitle(t.title())), "p.json")
                        .title());
    }

    @Test
    void everyBundledLessonHasItsTitleAndDescriptionInChinese() throws Exception {
        for (String name : SampleTopologies.names()) {
            Topology t = SampleTopologies.load(name);
            assertNotEquals(t.title(), t.title("zh-CN"), name);
            assertNotEquals(t.description(), t.description("zh-CN"), name);
        }
    }
}
