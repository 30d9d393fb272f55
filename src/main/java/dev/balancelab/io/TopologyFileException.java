package dev.balancelab.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A topology file that cannot be loaded. {@link #getMessage()} is always one line,
 * {@code <file>:<line>:<column>: <field path>: <problem>}, for example
 * {@code lab.json:12:17: servers[1].weight: must be >= 1, was -2}. Parts that do not apply are left out: a file that
 * cannot be read at all gives {@code lab.json: cannot read: No such file}, a syntax error outside any field gives
 * {@code lab.json:3:1: unexpected end of file}. Control characters and line breaks in
 * names and values are escaped, and the message is cut at 500 characters.
 */
public final class TopologyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private static final int MAX_MESSAGE_CHARS = 500;

    private final String file;
    private final int line;
    private final int column;
    private final String field;

    TopologyFileException(String file, int line, int column, String field, String problem) {
        super(oneLine(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + (field.isEmpty() ? "" : field + ": ")
                + problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    /** An error about the whole file (unreadable, too large): no line, column or field. */
    static TopologyFileException whole(String file, String problem) {
        return new TopologyFileException(file, 0, 0, "", problem);
    }

    /** The file could not be read; the problem names the cause in a few words. */
    static TopologyFileException unreadable(String file, IOException e) {
        return whole(file, "cannot read: " + cause(e));
    }

    /** The file or source name as the caller gave it. */
    public String file() {
        return file;
    }

    /** 1-based line of the offending text, or 0 if the error is about the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending text, or 0 if the error is about the whole file. */
    public int column() {
        return column;
    }

    /** Path of the offending field, for example {@code servers[1].weight}; empty if none applies. */
    public String field() {
        return field;
    }

    private static String cause(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * {@code text} as one line: control characters and line separators escaped as {@code \\uXXXX}, cut after 500
     * characters. The CLI prints its {@code error:} lines through it too.
     */
    public static String oneLine(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(MAX_MESSAGE_CHARS).forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_MESSAGE_CHARS ? b + "..." : b.toString();
    }
}
