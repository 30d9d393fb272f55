package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologySaveTest {
    private static final byte[] OLD = "{\"the\": \"previous file\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path file;
    private Topology lesson;

    @BeforeEach
    void oldFileExists() throws Exception {
        file = dir.resolve("lab.json");
        Files.write(file, OLD);
        lesson = SampleTopologies.load("01-round-robin-basics.json");
    }

    @Test
    void successfulSaveReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        TopologyFiles.save(lesson, file);
        assertEquals(TopologyFiles.write(lesson) + "\n", Files.readString(file));
        assertEquals(List.of("lab.json"), namesIn(dir));
    }

    @Test
    void failedSerialisationLeavesTheOldFileByteIdentical() throws Exception {
        ServerSpec s = lesson.servers().get(0);
        Topology unwritable = new Topology(
                lesson.title(),
                lesson.description(),
                lesson.clients(),
                lesson.balancer(),
                List.of(new ServerSpec(
                        s.id(),
                        s.name(),
                        s.weight(),
                        s.workers(),
                        s.queueCapacity(),
                        s.serviceTime(),
                        s.failure(),
                        new Position(Double.NaN, 0.5))),
                List.of());
        assertThrows(IllegalArgumentException.class, () -> TopologyFiles.save(unwritable, file));
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("lab.json"), namesIn(dir));
    }

    @Test
    void failedRenameLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path occupied = dir.resolve("occupied.json");
        Files.createDirectory(occupied);
        Files.write(occupied.resolve("keep.txt"), OLD);
        assertThrows(IOException.class, () -> TopologyFiles.save(lesson, occupied));
        assertArrayEquals(OLD, Files.readAllBytes(occupied.resolve("keep.txt")));
        assertEquals(List.of("lab.json", "occupied.json"), namesIn(dir));
    }

    @Test
    void saveWhoseTemporaryFileCannotBeCreatedFailsAndLeavesTheOldFileByteIdentical() throws Exception {
        // A name of 250 bytes is legal, but the hidden temporary file beside it would exceed the 255-byte limit of
        // a file name: creating it fails for every user, root included (a read-only directory does not stop root).
        Path longName = dir.resolve("l".repeat(245) + ".json");
        Files.write(longName, OLD);
        assertThrows(IOException.class, () -> TopologyFiles.save(lesson, longName));
        assertArrayEquals(OLD, Files.readAllBytes(longName));
        assertEquals(List.of("lab.json", longName.getFileName().toString()), namesIn(dir));
    }

    @Test
    void fileOverTheLimitIsRefusedBySizeBeforeParsing() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(TopologyFiles.MAX_BYTES + 1);
        }
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.load(big));
        assertEquals(big + ": file is larger than the 10 MB limit", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void fileAtTheLimitIsParsed() throws Exception {
        Path padded = dir.resolve("padded.json");
        String json = TopologyFiles.write(lesson);
        Files.writeString(
                padded,
                json + " ".repeat((int) TopologyFiles.MAX_BYTES - json.getBytes(StandardCharsets.UTF_8).length));
        assertEquals(lesson, TopologyFiles.load(padded));
    }

    @Test
    void missingFileGivesOneLine() {
        Path missing = dir.resolve("missing.json");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.load(missing));
        assertEquals(missing + ": cannot read: No such file", e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8GivesOneLine() throws Exception {
        Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ": cannot read: not UTF-8 text", e.getMessage());
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
