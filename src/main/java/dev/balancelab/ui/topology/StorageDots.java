package dev.balancelab.ui.topology;

/**
 * The storage tier's dots: one per replica a server's read or write went to (Dynamo's coordinator fanning out to the
 * preference list). A dot leaves the server's right edge, reaches the storage node after one leg and comes back in one
 * more, coloured by the answer: {@link DotBuffer#OK} (answered), {@link DotBuffer#FAILED} (the node was down and
 * refused), {@link DotBuffer#RETRY} (a stand-in that took a hinted write). A pooled struct-of-arrays buffer like
 * {@link DotBuffer}, positions a function of lab time; beyond the capacity new dots are not drawn. FX thread only.
 */
final class StorageDots extends DotPool {
    private final long legNanos;
    private final int[] server;
    private final int[] node;
    private final long[] start;
    private final int[] answer;

    /**
     * @param capacity dots drawn at most
     * @param legNanos lab time of one leg (server → node, node → server)
     */
    StorageDots(int capacity, long legNanos) {
        super(capacity);
        this.legNanos = legNanos;
        server = new int[capacity];
        node = new int[capacity];
        start = new long[capacity];
        answer = new int[capacity];
    }

    /** Server {@code serverIndex} sent an operation to storage node {@code nodeIndex}, answered in {@code colour}. */
    void sent(int serverIndex, int nodeIndex, int answerColour, long nanos) {
        int i = allocate();
        if (i < 0) {
            return;
        }
        server[i] = serverIndex;
        node[i] = nodeIndex;
        start[i] = nanos;
        answer[i] = answerColour;
        changed();
    }

    @Override
    boolean place(int i, long now, Geometry g) {
        long t = Math.max(0, now - start[i]);
        if (server[i] >= g.serverCount() || node[i] >= g.storageCount()) {
            return false;
        }
        boolean out = t < legNanos;
        double fromX = out ? g.serverOutX(server[i]) : g.storageInX(node[i]);
        double fromY = out ? g.serverY(server[i]) : g.storageY(node[i]);
        double toX = out ? g.storageInX(node[i]) : g.serverOutX(server[i]);
        double toY = out ? g.storageY(node[i]) : g.serverY(server[i]);
        double f = Math.min(1, (double) (out ? t : t - legNanos) / legNanos);
        colour[i] = out ? DotBuffer.OUTBOUND : answer[i];
        x[i] = fromX + (toX - fromX) * f;
        y[i] = fromY + (toY - fromY) * f;
        return t < 2 * legNanos;
    }
}
