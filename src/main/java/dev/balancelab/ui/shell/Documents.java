package dev.balancelab.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opening and saving topologies, implemented by the composition root. Opening replaces the running lab (and with it
 * this window's content); a failed open leaves the running lab untouched.
 */
public interface Documents {
    /** Opens a new, small lab (one client, two servers, round robin) with no file. */
    void newLab();

    /** The file the topology was opened from or last saved to; empty for samples and new labs. */
    Optional<Path> file();

    /** Whether the topology changed since it was opened or saved. */
    boolean dirty();

    /** Goes back one edit; false if there was none. */
    boolean undo();

    /** Goes forward one undone edit; false if there was none. */
    boolean redo();

    /** Topology files opened or saved recently, newest first. */
    List<Path> recentFiles();

    /** File names of the bundled sample topologies, in lesson order. */
    List<String> sampleNames();

    /**
     * Opens a bundled sample.
     *
     * @throws DocumentException with a one-line message if it cannot be read
     */
    void openSample(String name) throws DocumentException;

    /**
     * Opens a topology file.
     *
     * @throws DocumentException with a one-line message ({@code file:line:col: field: problem}) if it is invalid
     */
    void open(Path file) throws DocumentException;

    /**
     * Saves the document (the topology as edited, algorithm and rate included) to {@code file}.
     *
     * @throws DocumentException with a one-line message if it cannot be written
     */
    void saveAs(Path file) throws DocumentException;

    /**
     * Writes the document's topology, or the sampled metrics, to {@code file} in {@code format}, atomically.
     *
     * @throws DocumentException with a one-line message if it cannot be written
     */
    void export(ExportFormat format, Path file) throws DocumentException;

    /**
     * Writes a PNG picture to {@code file}, atomically.
     *
     * @throws DocumentException with a one-line message if it cannot be written
     */
    void exportImage(byte[] png, Path file) throws DocumentException;

    /**
     * Rebuilds the lab from the document's topology with the current seed: lab time
     * goes back to 0 and stays paused, the speed is kept. With the same seed a demo replays the same way.
     *
     * @throws DocumentException if the lab cannot be rebuilt (the running lab is then untouched)
     */
    void reset() throws DocumentException;

    /** Seed for arrivals, keys and randomised algorithms, used by the next reset or open. */
    long seed();

    /** Sets the seed the next reset or open uses. */
    void setSeed(long seed);

    /** Opens View → Compare on the lab as edited now: the same traffic through two to four algorithms side by side. */
    void compare();

    /**
     * Lab → Real HTTP: rebuilds the lab with every server as an HTTP backend on a loopback port of its own and the
     * balancer as a reverse proxy (127.0.0.1:8080, or a free port if that one is taken), or without them. Exports of
     * nginx and HAProxy configs then point at the live backend ports.
     *
     * @return the proxy's address while on, e.g. {@code http://127.0.0.1:8080}; empty when off
     * @throws DocumentException if the ports cannot be bound (the lab then runs without real HTTP)
     */
    Optional<String> setRealHttp(boolean on) throws DocumentException;
}
