package dev.balancelab.ui.shell;

/** The text files File → Export writes. */
public enum ExportFormat {
    /** The balancer as an nginx {@code upstream} block ({@code upstream backend}). */
    NGINX("export.nginx", "*.conf"),
    /** The balancer as an HAProxy {@code backend} section ({@code backend backend}). */
    HAPROXY("export.haproxy", "*.cfg"),
    /** The charts' sampled window as CSV (header: see the charts feature). */
    METRICS_CSV("export.csv", "*.csv");

    private final String key;
    private final String pattern;

    ExportFormat(String key, String pattern) {
        this.key = key;
        this.pattern = pattern;
    }

    /** The {@link dev.balancelab.ui.common.I18n} key of its name, for example "nginx config". */
    public String key() {
        return key;
    }

    /** File name pattern for the save dialog, for example {@code *.conf}. */
    public String pattern() {
        return pattern;
    }
}
