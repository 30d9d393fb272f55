package dev.balancelab.cli;

import dev.balancelab.domain.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses lab durations such as {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or {@code 1.5s}, from 0 up to
 * {@link Limits#MAX_LAB_TIME_MS} (24 h), the longest time a scenario event may have in a file.
 */
final class DurationParser {
    /** How the bound reads in option descriptions and messages. */
    static final String RANGE = "0ms..24h";

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    private static final BigDecimal MAX = BigDecimal.valueOf(Limits.MAX_LAB_TIME_MS);

    private DurationParser() {}

    /**
     * @param text a number followed by {@code ms}, {@code s}, {@code m} or {@code h}
     * @param what the option or field, for the error message
     * @return the duration in ms, rounded half up, in {@code 0..}{@link Limits#MAX_LAB_TIME_MS}
     * @throws InputError if the text is not of that form or is longer than 24 h
     */
    static long millis(String text, String what) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new InputError(what + ": '" + text + "' is not a duration like 500ms, 10s, 2m or 1h");
        }
        long factor = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        BigDecimal ms = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
        if (ms.compareTo(MAX) > 0) {
            throw new InputError(what + ": '" + text + "' is longer than 24h; durations are " + RANGE);
        }
        return ms.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
