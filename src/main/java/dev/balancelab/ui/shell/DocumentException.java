package dev.balancelab.ui.shell;

/** A topology could not be opened or saved; the message is one line, fit for an error dialog. */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line, for example {@code lab.json:12:5: servers[1].weight: must be >= 1} */
    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
