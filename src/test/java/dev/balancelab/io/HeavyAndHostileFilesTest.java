package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.balancelab.domain.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are legal field by field but more than the lab can carry, files that are not files, and what a killed
 * save leaves behind (issue 9, section 4).
 */
class HeavyAndHostileFilesTest {
    @TempDir
    Path dir;

    /** A file with {@code count} servers, each with {@code serverFields}, and {@code params} for the balancer. */
    private static String lab(int count, String serverFields, String params) {
        String servers = IntStream.range(0, count)
                .mapToObj(i -> "    {\"id\": \"s" + i + "\"" + serverFields + "}")
                .collect(Collectors.joining(",\n"));
        return "{\n  \"schemaVersion\": 1,\n  \"clients\": [{}],\n"
                + "  \"balancer\": {\"algorithm\": \"round-robin\", \"params\": {" + params + "}},\n"
                + "  \"servers\": [\n" + servers + "\n  ]\n}\n";
    }

    private static String refusal(String json) {
        return assertThrows(TopologyFileException.class, () -> TopologyFiles.read(json, "lab.json"))
                .getMessage();
    }

    @Test
    void aHundredServersOf256WorkersAreMoreThreadsThanTheLabRuns() {
        assertEquals(
                "lab.json:22:30: servers[16].workers: servers[0..16].workers add up to 4352 worker threads, more"
                        + " than the 4096 the lab can run",
                refusal(lab(100, ", \"workers\": 256", "")));
    }

    @Test
    void sixteenServersOf256WorkersAreExactlyTheLimit() throws Exception {
        Topology t = TopologyFiles.read(lab(16, ", \"workers\": 256", ""), "lab.json");
        assertEquals(4096, t.servers().stream().mapToInt(s -> s.workers()).sum());
    }

    @Test
    void aRingOfTenMillionPointsIsRefusedNamingTheFields() {
        assertEquals(
                "lab.json:4:80: balancer.params.virtualNodesPerWeight: virtualNodesPerWeight 1000 × servers[].weight"
                        + " total 10000 = 10000000 ring points, more than the 1000000 the lab can carry",
                refusal(lab(10, ", \"weight\": 1000", "\"virtualNodesPerWeight\": 1000")));
    }

    @Test
    void aRingOfAMillionPointsIsAccepted() throws Exception {
        TopologyFiles.read(lab(1, ", \"weight\": 1000", "\"virtualNodesPerWeight\": 1000"), "lab.json");
    }

    @Test
    void aMaglevTableOverTheLimitIsRefused() {
        assertEquals(
                "lab.json:4:74: balancer.params.maglevTableSize: must be <= 65537, was 1000003",
                refusal(lab(100, "", "\"maglevTableSize\": 1000003")));
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedBeforeItIsOpened() throws Exception {
        Path fifo = dir.resolve("lab.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(fifo), "no mkfifo");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.load(fifo));
        assertEquals(fifo + ": not a regular file (a FIFO, device or socket)", e.getMessage());
    }

    @Test
    void aDirectoryIsRefusedAsNotARegularFile() {
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TopologyFiles.load(dir));
        assertEquals(dir + ": not a regular file (a directory)", e.getMessage());
    }

    @Test
    void saveRemovesStaleTemporaryFilesOfItsOwnNamingOnly() throws Exception {
        Path file = dir.resolve("lab.json");
        List<String> untouched = List.of(
                ".lab.json.0123abcd.tmp", // ours, but recent: a save in progress
                ".lab.json.xyz.tmp",
                ".lab.json.0123abcd.tmp.bak",
                ".other.json.0123abcd.tmp",
                "lab.json.0123abcd.tmp");
        for (String name : untouched) {
            Files.writeString(dir.resolve(name), "x");
        }
        Path stale = old(dir.resolve(".lab.json.fedcba9876543210.tmp"));
        for (String name : untouched.subList(1, untouched.size())) {
            old(dir.resolve(name));
        }
        TopologyFiles.save(SampleTopologies.load("01-round-robin-basics.json"), file);
        assertTrue(Files.notExists(stale), "a killed save's temporary file is removed");
        assertEquals(
                Stream.concat(untouched.stream(), Stream.of("lab.json"))
                        .sorted()
                        .toList(),
                namesIn(dir));
    }

    @Test
    void loadRemovesStaleTemporaryFilesOfTheFile() throws Exception {
        Path file = dir.resolve("lab.json");
        TopologyFiles.save(SampleTopologies.load("01-round-robin-basics.json"), file);
        Path stale = old(dir.resolve(".lab.json.1a2b.tmp"));
        TopologyFiles.load(file);
        assertTrue(Files.notExists(stale));
    }

    private static Path old(Path file) throws IOException {
        if (Files.notExists(file)) {
            Files.writeString(file, "{\"half\": ");
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
