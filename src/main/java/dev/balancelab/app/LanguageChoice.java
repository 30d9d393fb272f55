package dev.balancelab.app;

import dev.balancelab.ui.common.I18n;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window's language as the user chose it in View → Language, kept in the user's preferences
 * ({@link Preferences#userNodeForPackage}) so it survives a restart. Before any choice, the system locale decides.
 */
final class LanguageChoice {
    private static final String KEY = "language";
    private final Preferences node;

    /** @param node where the choice is stored */
    LanguageChoice(Preferences node) {
        this.node = node;
    }

    /** The choice stored for Balance Lab's user. */
    static LanguageChoice forUser() {
        return new LanguageChoice(Preferences.userNodeForPackage(LanguageChoice.class));
    }

    /**
     * The stored language, or the one nearest {@code system} if none was chosen yet.
     *
     * @return one of {@link I18n#LANGUAGES}
     */
    Locale language(Locale system) {
        String tag = node.get(KEY, null);
        return I18n.supported(tag == null ? system : Locale.forLanguageTag(tag));
    }

    /** Remembers {@code language} for the next start. Failing to store is not an error. */
    void store(Locale language) {
        node.put(KEY, language.toLanguageTag());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the choice holds for this run; nothing the user must act on
        }
    }
}
