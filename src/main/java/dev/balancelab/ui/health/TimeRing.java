package dev.balancelab.ui.health;

/**
 * A fixed-size ring of timed values, oldest first: adding to a full ring drops the oldest entry, so memory stays flat
 * however long the lab runs. The value of the last dropped entry is kept as {@link #base()}, the value in force
 * before the oldest entry (a state band's start).
 */
final class TimeRing {
    private final long[] times;
    private final int[] values;
    private int start;
    private int size;
    private int base;
    private long added;

    /**
     * @param capacity entries kept, &gt;= 1
     * @param base the value in force before the first entry
     */
    TimeRing(int capacity, int base) {
        this.times = new long[capacity];
        this.values = new int[capacity];
        this.base = base;
    }

    /** Appends a value at {@code nanos} (lab time, not before the last entry's), dropping the oldest if full. */
    void add(long nanos, int value) {
        if (size == times.length) {
            base = values[start];
            start = (start + 1) % times.length;
            size--;
        }
        int i = (start + size++) % times.length;
        times[i] = nanos;
        values[i] = value;
        added++;
    }

    /** Entries added since construction, dropped ones included: a change count. */
    long added() {
        return added;
    }

    int size() {
        return size;
    }

    /** The {@code i}-th entry's time in lab ns, 0 = oldest. */
    long time(int i) {
        return times[(start + i) % times.length];
    }

    /** The {@code i}-th entry's value, 0 = oldest. */
    int value(int i) {
        return values[(start + i) % values.length];
    }

    /** The value in force before the oldest entry. */
    int base() {
        return base;
    }
}
