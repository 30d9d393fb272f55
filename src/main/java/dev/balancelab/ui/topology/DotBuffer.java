package dev.balancelab.ui.topology;

/**
 * The request dots on the topology canvas: a pooled struct-of-arrays buffer with a free list, so that no object is
 * made per dot and nothing is allocated per frame. A dot is one attempt of one request. Its position is a function of
 * lab time only (the attempt's start and end events and the current lab time), so pause and slow motion are exact:
 *
 * <ul>
 *   <li>out: client → balancer → server, one {@code legNanos} per leg (a retry, and a pick frozen by step mode,
 *       start at the balancer, where the pick was made);</li>
 *   <li>waits at the server until the attempt ends (but never less than the out legs take);</li>
 *   <li>back: server → balancer → client, coloured by outcome; a failed attempt that will be retried stops at the
 *       balancer, where its retry starts;</li>
 *   <li>a request no server could take drops from the balancer, grey;</li>
 *   <li>a try a client sent to a balancer that is down (a DNS answer or VIP that names a dead balancer, issue 14)
 *       goes out to it red and drops there.</li>
 * </ul>
 *
 * With several balancers each dot goes through the balancer its client handed the request to.
 *
 * Beyond the capacity new attempts are not drawn (the picture becomes a sample); {@link #notDrawn()} counts them.
 * Single-threaded (FX thread).
 */
final class DotBuffer extends DotPool {
    static final int OUTBOUND = 0;
    static final int RETRY = 1;
    static final int OK = 2;
    static final int FAILED = 3;
    static final int NO_SERVER = 4;
    static final int COLOURS = 5;
    /** Lane offset between the way out and the way back, in px, so the two directions do not overlap. */
    private static final double LANE = 5;

    private static final double DROP = 70;
    private static final long WAITING = Long.MAX_VALUE;
    /** {@link #server} of a grey dot no server could take. */
    private static final int NONE = -1;
    /** {@link #server} of a red dot that found its balancer down. */
    private static final int REFUSED = -2;

    private static final int INDEX_SIZE = 1 << 16;

    private final long legNanos;
    private final long maxWaitNanos;
    private final long[] request;
    private final int[] attempt;
    private final int[] client;
    private final int[] server;
    private final int[] balancer;
    private final long[] start;
    private final long[] end;
    private final int[] endColour;
    private final boolean[] stopsAtBalancer;
    private final boolean[] fromBalancer;
    private final int[] slotOfRequest = new int[INDEX_SIZE];
    private long notDrawn;
    /** Bit 1: a request came through the lab's HTTP proxy; bit 2: from an external balancer. */
    private int entrances;

    /** Slot of the dot of the pick step mode froze at, or -1. */
    private int focus = -1;

    /**
     * @param capacity dots drawn at most
     * @param legNanos lab time a dot takes for one leg (client → balancer, balancer → server)
     * @param maxWaitNanos lab time after which a dot still waiting for its end is dropped (its end event was lost)
     */
    DotBuffer(int capacity, long legNanos, long maxWaitNanos) {
        super(capacity);
        this.legNanos = legNanos;
        this.maxWaitNanos = maxWaitNanos;
        request = new long[capacity];
        attempt = new int[capacity];
        client = new int[capacity];
        server = new int[capacity];
        balancer = new int[capacity];
        start = new long[capacity];
        end = new long[capacity];
        endColour = new int[capacity];
        stopsAtBalancer = new boolean[capacity];
        fromBalancer = new boolean[capacity];
    }

    /**
     * An attempt left balancer {@code balancerIndex} for server {@code serverIndex}.
     *
     * @param stepped whether step mode froze lab time at this pick: the dot starts at the balancer and is the
     *     {@link #focus()} until another one is
     */
    void started(
            long requestId,
            int attemptNo,
            int clientIndex,
            int serverIndex,
            int balancerIndex,
            long nanos,
            boolean stepped) {
        int i = allocate();
        if (i < 0) {
            return;
        }
        changed();
        fromBalancer[i] = stepped || attemptNo > 1;
        if (stepped) {
            focus = i;
        }
        request[i] = requestId;
        attempt[i] = attemptNo;
        client[i] = clientIndex;
        entrances |= clientIndex == Geometry.REAL_CLIENTS ? 1 : clientIndex == Geometry.EXTERNAL ? 2 : 0;
        server[i] = serverIndex;
        balancer[i] = balancerIndex;
        start[i] = nanos;
        end[i] = WAITING;
        slotOfRequest[indexOf(requestId)] = i + 1;
    }

    /**
     * An attempt ended; its dot goes back.
     *
     * @param outcomeColour {@link #OK} or {@link #FAILED}
     * @param retried whether another attempt follows (the dot then stops at the balancer)
     */
    void ended(long requestId, int attemptNo, int outcomeColour, boolean retried, long nanos) {
        int i = slotOfRequest[indexOf(requestId)] - 1;
        if (i < 0 || !live(i) || request[i] != requestId || attempt[i] != attemptNo) {
            return;
        }
        changed();
        end[i] = nanos;
        endColour[i] = outcomeColour;
        stopsAtBalancer[i] = retried;
    }

    /** No server could take a request at balancer {@code balancerIndex}: a grey dot drops from it. */
    void noServer(int balancerIndex, long nanos) {
        lone(NONE, 0, balancerIndex, nanos);
    }

    /** Client {@code clientIndex} sent a try to balancer {@code balancerIndex}, which is down: a red dot. */
    void refused(int clientIndex, int balancerIndex, long nanos) {
        lone(REFUSED, clientIndex, balancerIndex, nanos);
    }

    private void lone(int kind, int clientIndex, int balancerIndex, long nanos) {
        int i = allocate();
        if (i >= 0) {
            changed();
            server[i] = kind;
            client[i] = clientIndex;
            balancer[i] = balancerIndex;
            attempt[i] = 1;
            start[i] = nanos;
        }
    }

    /** Whether the dot is a retry (attempt 2 or later). */
    boolean retry(int i) {
        return attempt[i] > 1;
    }

    /** Slot of the dot of the latest pick step mode froze at, while that dot is alive; else -1. */
    int focus() {
        return focus;
    }

    /** No dot is the focus any more (step mode ended). */
    void clearFocus() {
        focus = -1;
        changed();
    }

    /** Whether a request came from {@link Geometry#REAL_CLIENTS} or {@link Geometry#EXTERNAL} (its badge shows). */
    boolean seen(int entrance) {
        return (entrances & (entrance == Geometry.REAL_CLIENTS ? 1 : 2)) != 0;
    }

    /** Attempts not drawn because the buffer was full. */
    long notDrawn() {
        return notDrawn;
    }

    @Override
    int allocate() {
        int i = super.allocate();
        if (i < 0) {
            notDrawn++;
        }
        return i;
    }

    @Override
    void release(int i) {
        if (focus == i) {
            focus = -1;
        }
        if (server[i] >= 0 && slotOfRequest[indexOf(request[i])] == i + 1) {
            slotOfRequest[indexOf(request[i])] = 0;
        }
        super.release(i);
    }

    private static int indexOf(long requestId) {
        return (int) (requestId & (INDEX_SIZE - 1));
    }

    /** Sets dot {@code i}'s position and colour at {@code now}; false once its journey is over. */
    @Override
    boolean place(int i, long now, Geometry g) {
        long t = Math.max(0, now - start[i]);
        int b = balancer[i];
        if (server[i] == NONE) {
            colour[i] = NO_SERVER;
            lerp(i, g.balancerCentreX(b), g.balancerBottomY(b), g.balancerCentreX(b), g.balancerBottomY(b) + DROP, t);
            return t < legNanos;
        }
        if (server[i] == REFUSED) {
            colour[i] = FAILED;
            int c = client[i];
            lerp(i, g.clientOutX(c), g.clientY(c) - LANE, g.balancerInX(b), g.balancerY(b) - LANE, t);
            return t < legNanos;
        }
        long out = fromBalancer[i] ? legNanos : 2 * legNanos;
        if (t < out) {
            colour[i] = retry(i) ? RETRY : OUTBOUND;
            goOut(i, fromBalancer[i] ? t + legNanos : t, g);
            return true;
        }
        if (end[i] == WAITING || now < Math.max(end[i], start[i] + out)) {
            x[i] = g.serverInX(server[i]);
            y[i] = g.serverY(server[i]);
            return end[i] != WAITING || t - out < maxWaitNanos;
        }
        long back = now - Math.max(end[i], start[i] + out);
        colour[i] = endColour[i];
        return goBack(i, back, g);
    }

    private void goOut(int i, long t, Geometry g) {
        int s = server[i];
        if (client[i] == Geometry.EXTERNAL) { // straight from the external balancer to the server
            lerp(
                    i,
                    g.clientOutX(client[i]),
                    g.clientY(client[i]),
                    g.serverInX(s),
                    g.serverY(s) - LANE,
                    t,
                    2 * legNanos);
            return;
        }
        int b = balancer[i];
        if (t < legNanos) {
            lerp(i, g.clientOutX(client[i]), g.clientY(client[i]) - LANE, g.balancerInX(b), g.balancerY(b) - LANE, t);
        } else {
            lerp(i, g.balancerOutX(b), g.balancerY(b) - LANE, g.serverInX(s), g.serverY(s) - LANE, t - legNanos);
        }
    }

    private boolean goBack(int i, long back, Geometry g) {
        int s = server[i];
        if (client[i] == Geometry.EXTERNAL) {
            lerp(
                    i,
                    g.serverInX(s),
                    g.serverY(s) + LANE,
                    g.clientOutX(client[i]),
                    g.clientY(client[i]),
                    back,
                    2 * legNanos);
            return back < 2 * legNanos;
        }
        int b = balancer[i];
        if (back < legNanos) {
            lerp(i, g.serverInX(s), g.serverY(s) + LANE, g.balancerOutX(b), g.balancerY(b) + LANE, back);
            return true;
        }
        int c = client[i];
        lerp(i, g.balancerInX(b), g.balancerY(b) + LANE, g.clientOutX(c), g.clientY(c) + LANE, back - legNanos);
        return !stopsAtBalancer[i] && back < 2 * legNanos;
    }

    private void lerp(int i, double x0, double y0, double x1, double y1, long t) {
        lerp(i, x0, y0, x1, y1, t, legNanos);
    }

    private void lerp(int i, double x0, double y0, double x1, double y1, long t, long duration) {
        double f = Math.min(1, (double) t / duration);
        x[i] = x0 + (x1 - x0) * f;
        y[i] = y0 + (y1 - y0) * f;
    }
}
