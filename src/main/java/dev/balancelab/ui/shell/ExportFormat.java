package dev.balancelab.ui.shell;

/** The text files File → Export writes. */
public enum ExportFormat {
    /** The balancer as an nginx {@code upstream} block ({@code upstream backend}). */
    NGINX("nginx config", "*.conf"),
    /** The balancer as an HAProxy {@code backend} section ({@code backend backend}). */
    HAPROXY("HAProxy config", "*.cfg"),
    /** The charts' sampled window as CSV (header: see the charts feature). */
    METRICS_CSV("Metrics CSV", "*.csv");

    private final String displayName;
    private final String pattern;

    ExportFormat(String displayName, String pattern) {
        this.displayName = displayName;
        this.pattern = pattern;
    }

    /** For example "nginx config". */
    public String displayName() {
        return displayName;
    }

    /** File name pattern for the save dialog, for example {@code *.conf}. */
    public String pattern() {
        return pattern;
    }
}
