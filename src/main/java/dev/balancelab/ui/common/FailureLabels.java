package dev.balancelab.ui.common;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import java.util.Locale;

/** Words for failure kinds, shared by the server cards, the heartbeat monitor and the scenario bar. */
public final class FailureLabels {
    private FailureLabels() {}

    /**
     * What injecting a kind with its default parameters does, in a few words: "killed", "hang", "slow ×5",
     * "error rate 50 %", "flapping", "gray failure", and "revived" for {@link FailureKind#NONE}.
     */
    public static String describe(FailureKind kind) {
        FailureMode mode = FailureMode.of(kind);
        return switch (kind) {
            case NONE -> "revived";
            case CRASH -> "killed";
            case SLOW -> String.format(Locale.ROOT, "slow ×%.0f", mode.slowFactor());
            case ERROR_RATE -> String.format(Locale.ROOT, "error rate %.0f %%", mode.errorRate() * 100);
            case GRAY -> "gray failure";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    /** {@link #describe} with a capital first letter, for menus: "Slow ×5". */
    public static String title(FailureKind kind) {
        String words = describe(kind);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
