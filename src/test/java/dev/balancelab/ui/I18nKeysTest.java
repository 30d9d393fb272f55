package dev.balancelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthState;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.shell.Appearance;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, every key is used, every key used exists, and placeholders agree. */
class I18nKeysTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/balancelab/ui/i18n");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"]+)\"");
    private static final Pattern I18N_CALL = Pattern.compile("I18n\\.t\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Map<String, String> english = load("messages.properties");
    private final Map<String, String> chinese = load("messages_zh_CN.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(english.keySet(), chinese.keySet(), "keys missing in one of the languages");
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> used = new TreeSet<>(literals(Path.of("src/main/java"), JAVA_KEY));
        used.addAll(literals(Path.of("fxml"), FXML_KEY));
        used.addAll(builtKeys());
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in the bundles that no code or FXML uses");
    }

    @Test
    void everyKeyLookedUpExists() {
        Set<String> wanted = new TreeSet<>(literals(Path.of("src/main/java"), I18N_CALL));
        wanted.addAll(literals(Path.of("fxml"), FXML_KEY));
        wanted.addAll(builtKeys());
        wanted.removeAll(english.keySet());
        assertEquals(Set.of(), wanted, "keys used but missing from the bundles");
    }

    /** The algorithms' reasons ({@code Reason.of("key", "English pattern", ...)}) read the same in the English bundle. */
    @Test
    void reasonsMatchTheEnglishBundle() throws IOException {
        Pattern reason = Pattern.compile("Reason\\.of\\(\\s*\"([^\"]+)\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/balancelab/balancing"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                reason.matcher(Files.readString(file)).results().forEach(r -> found.put(r.group(1), r.group(2)));
            }
        }
        assertTrue(found.size() > 20, "found " + found.size());
        found.forEach((key, text) -> assertEquals(text, english.get(key), key));
    }

    @Test
    void placeholdersAgreeAndParse() {
        for (String key : english.keySet()) {
            assertEquals(placeholders(english.get(key)), placeholders(chinese.get(key)), key);
            for (String text : new String[] {english.get(key), chinese.get(key)}) {
                if (!placeholders(text).isEmpty()) {
                    Set<Integer> parsed = new TreeSet<>();
                    Matcher m = PLACEHOLDER.matcher(new MessageFormat(text).toPattern());
                    while (m.find()) {
                        parsed.add(Integer.valueOf(m.group(1)));
                    }
                    assertEquals(placeholders(text), parsed, key + ": a lone ' hides a placeholder");
                }
            }
        }
    }

    /** Keys the code builds from a prefix and an id: one per value of the enum or list it takes them from. */
    private static Set<String> builtKeys() {
        Set<String> keys = new TreeSet<>();
        for (var language : I18n.LANGUAGES) {
            keys.add("language." + language.toLanguageTag());
        }
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            keys.add("theme." + theme.name());
        }
        for (FailureKind kind : FailureKind.values()) {
            keys.add("failure." + kind.name());
            keys.add("failure." + kind.name() + ".menu");
        }
        for (HealthState state : HealthState.values()) {
            keys.add("state." + state.name());
        }
        for (AlgorithmKind kind : AlgorithmKind.values()) {
            keys.add("algorithm." + kind.id() + ".label");
            keys.add("algorithm." + kind.id() + ".description");
        }
        return keys;
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    private static Set<String> literals(Path dir, Pattern pattern) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(file -> {
                        try {
                            return pattern.matcher(Files.readString(file))
                                    .results()
                                    .map(r -> r.group(1));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        assertTrue(map.size() > 1, file);
        return map;
    }
}
