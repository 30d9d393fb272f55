package dev.balancelab.ui.topology;

/**
 * Short-lived signals of the balancer tier on the canvas (issue 14), in a fixed ring of slots (nothing allocated per
 * pulse): a VRRP advertisement from the MASTER to a BACKUP, and a DNS answer from the DNS node to a client (red when
 * it names no live balancer). A pulse's place is a function of lab time, so pause and slow motion are exact; the
 * oldest is overwritten when the ring is full. Single-threaded (FX thread).
 */
final class Pulses {
    static final int ADVERT = 0;
    static final int ANSWER = 1;
    static final int FAILED_ANSWER = 2;

    private final long[] start;
    private final long[] duration;
    private final int[] kind;
    private final int[] from;
    private final int[] to;
    private int next;

    /** @param capacity pulses shown at once, at most */
    Pulses(int capacity) {
        start = new long[capacity];
        duration = new long[capacity];
        kind = new int[capacity];
        from = new int[capacity];
        to = new int[capacity];
        java.util.Arrays.fill(duration, -1);
    }

    /**
     * A pulse of {@code kind} from node {@code fromIndex} to {@code toIndex} (balancer to balancer for {@link
     * #ADVERT}, DNS to client {@code toIndex} for the answers) starting at lab ns {@code nanos}, lasting {@code
     * durationNanos}.
     */
    void add(int kind, int fromIndex, int toIndex, long nanos, long durationNanos) {
        int i = next;
        next = (next + 1) % start.length;
        this.kind[i] = kind;
        from[i] = fromIndex;
        to[i] = toIndex;
        start[i] = nanos;
        duration[i] = durationNanos;
    }

    int capacity() {
        return start.length;
    }

    /** How far pulse {@code i} has travelled at {@code now}, 0..1, or -1 if it is not under way. */
    double progress(int i, long now) {
        if (duration[i] <= 0 || now < start[i] || now >= start[i] + duration[i]) {
            return -1;
        }
        return (double) (now - start[i]) / duration[i];
    }

    /** Whether any pulse is under way at {@code now}. */
    boolean any(long now) {
        for (int i = 0; i < start.length; i++) {
            if (progress(i, now) >= 0) {
                return true;
            }
        }
        return false;
    }

    int kind(int i) {
        return kind[i];
    }

    int from(int i) {
        return from[i];
    }

    int to(int i) {
        return to[i];
    }
}
