package dev.balancelab.ui;

import dev.balancelab.ui.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class in Simplified Chinese ({@code @ExtendWith(InChinese.class)}), whose lines are taller (Noto Sans
 * CJK SC), and switches back to English after it.
 */
final class InChinese implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        I18n.setLocale(Locale.ENGLISH);
    }
}
