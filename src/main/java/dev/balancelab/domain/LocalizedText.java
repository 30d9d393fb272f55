package dev.balancelab.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A lesson text in English and possibly other languages, as a lesson file gives it ({@code "text"} or
 * {@code {"en": …, "zh-CN": …}}).
 *
 * @param byLanguage texts by IETF language tag; {@value #ENGLISH} is required
 */
public record LocalizedText(Map<String, String> byLanguage) {
    /** The tag of the required language. */
    public static final String ENGLISH = "en";

    /** Copies {@code byLanguage}, keeping its order; @throws IllegalArgumentException without the English text */
    public LocalizedText {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        if (!byLanguage.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("the English text is required");
        }
    }

    /** An English-only text. */
    public static LocalizedText of(String english) {
        return new LocalizedText(Map.of(ENGLISH, Objects.requireNonNull(english, "english")));
    }

    /** The text in {@code languageTag} (for example {@code zh-CN}), else the English one. */
    public String in(String languageTag) {
        return byLanguage.getOrDefault(languageTag, byLanguage.get(ENGLISH));
    }
}
