package dev.balancelab.ui.common;

/** How long request dots take on the canvas, in lab time; shared by the canvas and the step control. */
public final class DotTiming {
    /** Lab time a dot takes for one leg of its way (client → balancer, or balancer → server), in ns. */
    public static final long LEG_NANOS = 250_000_000L;
    /**
     * Lab time after a request ended until its dot is home: up to two legs to reach the server it was sent to, then
     * two legs back, in ns.
     */
    public static final long SETTLE_NANOS = 4 * LEG_NANOS;

    private DotTiming() {}
}
