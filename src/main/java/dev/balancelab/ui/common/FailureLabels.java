package dev.balancelab.ui.common;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;

/** Words for failure kinds, shared by the server cards, the heartbeat monitor and the scenario bar. */
public final class FailureLabels {
    private FailureLabels() {}

    /**
     * What injecting a kind with its default parameters does, in a few words: "killed", "hang", "slow ×5",
     * "error rate 50 %", "flapping", "gray failure", and "revived" for {@link FailureKind#NONE}.
     */
    public static String describe(FailureKind kind) {
        return I18n.t("failure." + kind.name(), parameter(kind));
    }

    /** {@link #describe} with a capital first letter, for menus: "Slow ×5". */
    public static String title(FailureKind kind) {
        return I18n.t("failure." + kind.name() + ".menu", parameter(kind));
    }

    /** The number the kind's text shows: the slow-down factor, the error rate in percent, else none (0). */
    private static double parameter(FailureKind kind) {
        FailureMode mode = FailureMode.of(kind);
        return switch (kind) {
            case SLOW -> mode.slowFactor();
            case ERROR_RATE -> mode.errorRate() * 100;
            default -> 0;
        };
    }
}
