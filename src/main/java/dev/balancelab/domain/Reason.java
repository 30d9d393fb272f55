package dev.balancelab.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One line of an explanation ("Why this server?"), translatable without this layer knowing the window's languages: a
 * message key, the line's English {@link MessageFormat} pattern and its arguments, already formatted as text. The
 * window looks the key up in its language ({@code ui.common.I18n}); the CLI and tests read {@link #text()}.
 *
 * @param key the message key, for example {@code why.roundRobin.cursor}
 * @param english the English pattern, for example {@code "round robin: cursor {0} mod {1} = {2}"}
 * @param args the values for the placeholders, as text
 */
public record Reason(String key, String english, List<String> args) {
    /** Copies {@code args}. */
    public Reason {
        args = List.copyOf(args);
    }

    /**
     * A reason with {@code args} turned into text ({@link String#valueOf}), so every language shows the same values.
     */
    public static Reason of(String key, String english, Object... args) {
        return new Reason(key, english, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The line in English, for example "round robin: cursor 7 mod 4 = 3". */
    public String text() {
        return new MessageFormat(english, Locale.ROOT).format(args.toArray());
    }

    @Override
    public String toString() {
        return text();
    }
}
