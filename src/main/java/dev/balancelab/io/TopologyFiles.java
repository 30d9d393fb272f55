package dev.balancelab.io;

import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads and writes topology files: UTF-8 JSON, schema version 1. The format, its defaults and limits are described in
 * {@code sample-topologies/README.md}. In short: an object with {@code schemaVersion} (1), {@code title},
 * {@code description}, {@code clients[]}, {@code balancer} (algorithm, params, healthCheck, retry), {@code servers[]}
 * and {@code scenario[]}; times in milliseconds, rates in requests per second, positions as fractions 0..1 of the
 * canvas; enum values in lower case ({@code "fixed"}, {@code "crash"}, {@code "kill"}).
 *
 * <p>Reading is strict: unknown or duplicate fields, wrong JSON types, values outside their range, duplicate server
 * ids, scenario events naming no server, syntax errors, and files over {@link #MAX_BYTES} are all reported as a
 * {@link TopologyFileException} with a one-line message naming file, line, column and field. No other exception
 * escapes. Methods are static and thread-safe.
 */
public final class TopologyFiles {
    /** Largest file accepted, in bytes (10 MiB); larger files are refused before they are read. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private TopologyFiles() {}

    /**
     * Loads the topology in {@code file}; messages name the file as given. Only a regular file is opened: a FIFO, a
     * device or a directory is refused before it is opened, so a load never waits for a writer or reads without end.
     * Temporary files an interrupted {@link #save} left next to {@code file} are removed (see
     * {@link AtomicFiles#removeStaleTemporaries(Path)}).
     *
     * @throws TopologyFileException if the file cannot be read, is not a regular file, is larger than
     *     {@link #MAX_BYTES}, or is not a valid topology
     */
    public static Topology load(Path file) throws TopologyFileException {
        String source = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw TopologyFileException.whole(source, "not a regular file (" + kind(attributes) + ")");
            }
            if (attributes.size() > MAX_BYTES) {
                throw tooLarge(source);
            }
            AtomicFiles.removeStaleTemporaries(file);
            return read(Files.newInputStream(file), source);
        } catch (IOException e) {
            throw TopologyFileException.unreadable(source, e);
        }
    }

    /**
     * Reads a topology from JSON text; a leading byte-order mark is ignored. A missing {@code title} becomes
     * {@code sourceName} without directory and {@code .json}.
     *
     * @param sourceName names the text in error messages, usually its file name
     * @throws TopologyFileException if the text is not a valid topology
     */
    public static Topology read(String json, String sourceName) throws TopologyFileException {
        if (json.length() > MAX_BYTES) {
            throw tooLarge(sourceName);
        }
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new TopologyFileException(sourceName, 1, 1, "", "file is empty");
        }
        JsonDocument doc = JsonDocument.parse(text, sourceName);
        try {
            return TopologyReader.read(doc, stem(sourceName));
        } catch (IllegalArgumentException e) {
            throw doc.error("", "invalid topology: " + e.getMessage());
        }
    }

    /**
     * The topology as pretty-printed JSON (two-space indent) with every field written out, defaults included.
     *
     * @throws IllegalArgumentException if the result could not be read back, for example because a position is NaN
     *     or outside 0..1, or a value is beyond the file format's limits; the message names the field
     */
    public static String write(Topology t) {
        String json = TopologyWriter.write(t);
        try {
            read(json, "topology");
        } catch (TopologyFileException e) {
            throw new IllegalArgumentException("cannot write " + e.getMessage(), e);
        }
        return json;
    }

    /**
     * Saves the topology to {@code file} atomically: writes a temporary file in the same directory, forces it to disk,
     * then renames it over {@code file}. If anything fails, {@code file} keeps its previous content and the temporary
     * file is removed.
     *
     * @throws IOException if writing or renaming fails
     * @throws IllegalArgumentException if the topology cannot be written (see {@link #write(Topology)})
     */
    public static void save(Topology t, Path file) throws IOException {
        AtomicFiles.write(file, write(t) + "\n");
    }

    /** Reads and closes {@code in}: at most {@link #MAX_BYTES} of UTF-8. */
    static Topology read(InputStream in, String source) throws TopologyFileException {
        String text;
        try (in) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(source);
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IOException e) {
            throw TopologyFileException.unreadable(source, e);
        }
        return read(text, source);
    }

    private static String kind(BasicFileAttributes attributes) {
        return attributes.isDirectory() ? "a directory" : "a FIFO, device or socket";
    }

    private static TopologyFileException tooLarge(String source) {
        return TopologyFileException.whole(
                source, "file is larger than the " + MAX_BYTES / (1024 * 1024) + " MB limit");
    }

    private static String stem(String sourceName) {
        String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
