package dev.balancelab.ui.charts;

import dev.balancelab.telemetry.Accounting;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The last {@code capacity} samples, oldest first: memory stays flat however long the lab runs. Gives the per-interval
 * figures the charts plot, the fairness figure and the CSV export.
 */
public final class MetricsWindow {
    /**
     * The CSV header without the per-server columns. Every row is one sample: {@code labMs} lab time in ms;
     * {@code sent, completed, failed, inFlight, retries} cumulative request counts; {@code p50Ms_last5s,
     * p95Ms_last5s, p99Ms_last5s} latency of the requests completed in the last
     * {@link dev.balancelab.telemetry.LatencyRecorder#WINDOW_MS} ms of lab time, in ms; then one {@code
     * completed_<server id>} column per server, the attempts it completed so far (cumulative).
     */
    public static final String CSV_HEADER =
            "labMs,sent,completed,failed,inFlight,retries," + "p50Ms_last5s,p95Ms_last5s,p99Ms_last5s";

    private final int capacity;
    private final List<String> serverIds;
    private final ArrayDeque<MetricsRow> rows;

    /** An empty window of {@code capacity} samples for servers with these ids (topology order). */
    public MetricsWindow(int capacity, List<String> serverIds) {
        this.capacity = capacity;
        this.serverIds = List.copyOf(serverIds);
        this.rows = new ArrayDeque<>(capacity);
    }

    /** Adds a sample, dropping the oldest when full. */
    public void add(MetricsRow row) {
        if (rows.size() == capacity) {
            rows.removeFirst();
        }
        rows.addLast(row);
    }

    public int size() {
        return rows.size();
    }

    /** The samples, oldest first. */
    public List<MetricsRow> rows() {
        return List.copyOf(rows);
    }

    /**
     * Busiest server's completions over the mean, across the window: 1 means perfectly even, 2 means the busiest
     * server did twice its share. NaN until the window has two samples with completions.
     */
    public double fairness() {
        if (rows.size() < 2) {
            return Double.NaN;
        }
        List<Long> first = rows.getFirst().completed();
        List<Long> last = rows.getLast().completed();
        double max = 0;
        double sum = 0;
        for (int i = 0; i < last.size(); i++) {
            double done = last.get(i) - first.get(i);
            max = Math.max(max, done);
            sum += done;
        }
        return sum == 0 ? Double.NaN : max / (sum / last.size());
    }

    /** The window as CSV: {@link #CSV_HEADER}, the per-server columns, one line per sample; '\n' line ends. */
    public String csv() {
        StringBuilder out = new StringBuilder(CSV_HEADER);
        serverIds.forEach(id -> out.append(",completed_").append(id));
        out.append('\n');
        for (MetricsRow row : rows) {
            Accounting.Counts c = row.counts();
            out.append(String.format(
                    Locale.ROOT,
                    "%d,%d,%d,%d,%d,%d,%.3f,%.3f,%.3f",
                    row.labMs(),
                    c.sent(),
                    c.completed(),
                    c.failed(),
                    c.inFlight(),
                    c.retries(),
                    row.latency().p50Ms(),
                    row.latency().p95Ms(),
                    row.latency().p99Ms()));
            out.append(row.completed().stream().map(n -> "," + n).collect(Collectors.joining()))
                    .append('\n');
        }
        return out.toString();
    }
}
