package dev.balancelab.ui.common;

/** How long request dots take on the canvas, in lab time; shared by the canvases. */
public final class DotTiming {
    /** Lab time a dot takes for one leg of its way (client → balancer, or balancer → server), in ns. */
    public static final long LEG_NANOS = 250_000_000L;

    private DotTiming() {}
}
