package dev.balancelab.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses lab durations such as {@code 500ms}, {@code 10s}, {@code 2m} or {@code 1.5s}. */
final class DurationParser {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)");

    private DurationParser() {}

    /**
     * @param text a number followed by {@code ms}, {@code s} or {@code m}
     * @param what the option or field, for the error message
     * @return the duration in ms
     * @throws InputError if the text is not of that form
     */
    static long millis(String text, String what) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InputError(what + ": '" + text + "' is not a duration like 500ms, 10s or 2m");
        }
        double value = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            default -> 60_000;
        };
        return Math.round(value * factor);
    }
}
