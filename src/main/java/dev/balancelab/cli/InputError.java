package dev.balancelab.cli;

/**
 * Bad input from the command line or a file. The CLI prints {@code error: <message>} on one line and exits with
 * code 2; the message names the file and the line/column or the field.
 */
public final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line that names the file, position or field and the rule */
    public InputError(String message) {
        super(message);
    }
}
