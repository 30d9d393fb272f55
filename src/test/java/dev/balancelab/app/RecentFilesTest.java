package dev.balancelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("dev/balancelab/test-" + UUID.randomUUID());
    private final RecentFiles recent = new RecentFiles(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void keepsTheEightNewestFirstWithoutDuplicatesOrMissingFiles(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(Files.writeString(dir.resolve("lab" + i + ".json"), "{}"));
            recent.add(files.get(i));
        }
        recent.add(files.get(5));
        Files.delete(files.get(8));
        assertEquals(
                List.of(
                        files.get(5),
                        files.get(9),
                        files.get(7),
                        files.get(6),
                        files.get(4),
                        files.get(3),
                        files.get(2)),
                recent.list());
        assertEquals(recent.list(), new RecentFiles(node).list(), "the list survives a restart");
    }
}
