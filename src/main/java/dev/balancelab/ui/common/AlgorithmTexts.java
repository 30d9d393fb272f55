package dev.balancelab.ui.common;

import dev.balancelab.domain.AlgorithmKind;

/**
 * An algorithm's name and one-sentence description in the window's language (keys {@code algorithm.<id>.label} and
 * {@code .description}); {@link AlgorithmKind} keeps the English ones for the CLI.
 */
public final class AlgorithmTexts {
    private AlgorithmTexts() {}

    /** The name shown in the algorithm menu, e.g. "Round robin" / "轮询". */
    public static String label(AlgorithmKind kind) {
        return I18n.t("algorithm." + kind.id() + ".label");
    }

    /** One sentence on how {@code kind} picks a server. */
    public static String description(AlgorithmKind kind) {
        return I18n.t("algorithm." + kind.id() + ".description");
    }
}
