package dev.balancelab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The topology files opened or saved most recently, newest first, kept in the user's preferences
 * ({@link Preferences#userNodeForPackage}) so they survive a restart. Files that no longer exist are left out.
 */
final class RecentFiles {
    private static final int MAX = 8;
    private static final String KEY = "recent.";
    private final Preferences node;

    /** @param node where the list is stored */
    RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The list stored for Balance Lab's user. */
    static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class));
    }

    /** Existing recent files, newest first, at most 8. */
    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String path = node.get(KEY + i, null);
            if (path != null && Files.isRegularFile(Path.of(path))) {
                files.add(Path.of(path));
            }
        }
        return files;
    }

    /** Puts {@code file} first, removing an older entry for it. Failing to store is not an error. */
    void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list stays in memory for this run; nothing the user must act on
        }
    }
}
