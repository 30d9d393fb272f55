package dev.balancelab.ui.common;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The window's words in the chosen language: English or Simplified Chinese, from the UTF-8 {@link ResourceBundle}
 * {@code dev/balancelab/ui/i18n/messages*.properties}. Views and ViewModels look every user-visible text up here by
 * key ({@link #t}); FXML files use {@code %key} with {@link #bundle()}. The CLI stays English and does not use it.
 *
 * <p>The language is chosen before the window is built ({@link #setLocale}); switching it rebuilds the window.
 * Call from the FX thread (or before the toolkit starts).
 */
public final class I18n {
    /** Base name of the bundle. */
    public static final String BUNDLE = "dev.balancelab.ui.i18n.messages";
    /** The languages the window speaks, in menu order. */
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static ResourceBundle bundle = load(Locale.ENGLISH);

    private I18n() {}

    /**
     * Chooses the language of every text looked up from now on.
     *
     * @param locale one of {@link #LANGUAGES}, or any locale (falls back to the nearest: Chinese for any {@code zh},
     *     else English)
     */
    public static void setLocale(Locale locale) {
        bundle = load(supported(locale));
    }

    /** The language in use. */
    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The supported language nearest to {@code locale}: Simplified Chinese for any Chinese locale, else English. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The bundle in use, for {@code FXMLLoader.setResources}. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for {@code key}, with {@code args} put in its {@link MessageFormat} placeholders ({@code {0}}, ...);
     * numbers round half up, as {@link String#format} does.
     *
     * @throws java.util.MissingResourceException if no bundle has the key
     */
    public static String t(String key, Object... args) {
        String pattern = bundle.getString(Objects.requireNonNull(key, "key"));
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale());
        for (Format part : format.getFormats()) {
            if (part instanceof DecimalFormat decimal) {
                decimal.setRoundingMode(RoundingMode.HALF_UP); // as String.format rounds: 1.025 -> 1.03
            }
        }
        return format.format(args);
    }

    private static ResourceBundle load(Locale locale) {
        // The root bundle (messages.properties) is English; no fallback to the JVM's default locale.
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
