package dev.balancelab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes whole files atomically, so a reader never sees half a file and a failed write leaves the old one. The
 * temporary file for {@code NAME} is {@code .NAME.<hex>.tmp} in the same directory; one that a killed process left
 * behind is removed by the next write or load of {@code NAME} once it is {@link #STALE_AFTER} old.
 */
public final class AtomicFiles {
    /** Age after which a temporary file of our naming is taken as left over by a killed save. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private AtomicFiles() {}

    /** Writes {@code text} as UTF-8 (see {@link #write(Path, byte[])}). */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a temporary file in the same directory, forces it to disk, then renames it over {@code file}. If anything
     * fails, {@code file} keeps its previous content and the temporary file is removed. Stale temporary files of
     * {@code file} are removed first (see {@link #removeStaleTemporaries(Path)}).
     *
     * @throws IOException if writing or renaming fails
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        removeStaleTemporaries(target);
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            writeToDisk(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Removes the regular files named exactly {@code .NAME.<1 to 16 lower-case hex digits>.tmp} next to {@code file}
     * (whose name is {@code NAME}) that were last modified more than {@link #STALE_AFTER} ago: what a save killed
     * between writing and renaming leaves behind. Other files are never touched. Best effort: a file that cannot be
     * listed or deleted is left where it is.
     */
    public static void removeStaleTemporaries(Path file) {
        Path target = file.toAbsolutePath();
        Pattern ours =
                Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-f]{1,16}\\.tmp");
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(
                target.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path temp : temps) {
                BasicFileAttributes a =
                        Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().compareTo(cutoff) < 0) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // best effort: a leftover temporary file does no harm beyond taking space
        }
    }

    /** Writes {@code bytes} to the new file {@code path} and forces them to the storage device. */
    private static void writeToDisk(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }
}
