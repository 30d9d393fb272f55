package dev.balancelab.cli;

import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.io.TopologyFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code FILE} argument of {@code run}, {@code compare} and {@code check}: a topology or lesson file. */
final class LabFile {
    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Topology JSON file: a regular file of at most 10 MB (see sample-topologies/README.md).")
    private String file;

    /** The name as given. */
    String name() {
        return file;
    }

    /** The file's topology; an unreadable or malformed file is an {@link InputError} naming file, line and field. */
    Topology load() {
        try {
            return TopologyFiles.load(path());
        } catch (TopologyFileException e) {
            throw new InputError(e.getMessage() + encodingHint());
        }
    }

    /**
     * The file's topology for a simulated run ({@code run}, {@code compare}, {@code check}), which has no real HTTP: a
     * server with a {@code "url"} (a service the lab does not run) is an {@link InputError} pointing to {@code serve}.
     */
    Topology loadSimulated() {
        Topology topology = load();
        for (ServerSpec s : topology.servers()) {
            if (s.url() != null) {
                throw new InputError(file + ": server " + s.id() + " has a \"url\" ("
                        + s.url().url()
                        + "): a server the lab does not run answers only real HTTP; use serve FILE, or remove its url"
                        + " to simulate it");
            }
        }
        return topology;
    }

    /** {@code FILE} as a path; a name the file system cannot represent is an {@link InputError}. */
    private Path path() {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new InputError(file + ": not a usable file name: " + e.getReason() + encodingHint());
        }
    }

    /** A hint when {@code FILE} holds characters that {@code sun.jnu.encoding} did not decode or cannot encode. */
    private String encodingHint() {
        String encoding =
                System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        boolean suspect = file.indexOf('\uFFFD') >= 0
                || (Charset.isSupported(encoding)
                        && !Charset.forName(encoding).newEncoder().canEncode(file));
        if (!suspect) {
            return "";
        }
        boolean utf8 =
                Charset.isSupported(encoding) && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        return " (the name is not valid " + encoding + ", the encoding of file names here; rename the file"
                + (utf8 ? "" : " or use a UTF-8 locale such as LANG=C.UTF-8") + ")";
    }
}
