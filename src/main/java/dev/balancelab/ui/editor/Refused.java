package dev.balancelab.ui.editor;

/**
 * A value a setter of a {@link SpecItem} refuses with its own one-line reason, in the window's language (for example
 * "W must be 1..N (3), was 4"), shown in the tab instead of the generic "is not accepted".
 */
final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param reason the one line the tab shows */
    Refused(String reason) {
        super(reason);
    }
}
