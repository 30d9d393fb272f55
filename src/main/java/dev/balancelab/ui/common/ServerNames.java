package dev.balancelab.ui.common;

/**
 * The one way the window names a server: its name with its id, "Big server (s1)", so that the cards, the heartbeat
 * monitor, the scenario bar and the "Why?" lines (whose per-server figures use ids such as {@code s1=-4}) agree.
 */
public final class ServerNames {
    private ServerNames() {}

    /** "Big server (s1)"; just "s1" when the name is the id. */
    public static String of(String name, String id) {
        return name.equals(id) ? id : name + " (" + id + ")";
    }
}
