package dev.balancelab.balancing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live load of one server as the balancer sees it: requests in flight and an exponentially weighted moving average
 * (EWMA) of observed latency. Written by the data plane without locks (in-flight) or under this object's monitor
 * (EWMA); read by pickers.
 *
 * <p>Besides the plain EWMA it keeps a peak EWMA (Finagle's {@code PeakEwma}): a sample above the current value
 * replaces it at once, a lower one decays into it like the plain EWMA, so a server that turns slow is avoided at once
 * and forgiven gradually.
 */
public final class LoadStats {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final double decayNanos;
    private double ewmaMs;
    private double peakEwmaMs;
    private long lastNanos;
    private boolean observed;

    /**
     * @param decayMs EWMA time constant τ in ms: an observation {@code Δt} old has weight {@code e^(-Δt/τ)}
     * @throws IllegalArgumentException if {@code decayMs} is not &gt; 0
     */
    public LoadStats(double decayMs) {
        if (!(decayMs > 0)) {
            throw new IllegalArgumentException("decayMs must be > 0, was " + decayMs);
        }
        this.decayNanos = decayMs * 1e6;
    }

    /** Called when an attempt is sent to this server. */
    public void attemptStarted() {
        inFlight.incrementAndGet();
    }

    /**
     * Called once when an attempt sent to this server ends, whatever its outcome.
     *
     * @param latencyMs the attempt's latency in lab ms, or a negative number if it produced no latency sample
     * @param nowNanos the current time from the lab's ticker, in ns
     */
    public void attemptEnded(double latencyMs, long nowNanos) {
        inFlight.decrementAndGet();
        if (latencyMs >= 0) {
            recordLatency(latencyMs, nowNanos);
        }
    }

    private synchronized void recordLatency(double ms, long nowNanos) {
        if (!observed) {
            ewmaMs = ms;
            peakEwmaMs = ms;
            observed = true;
        } else {
            double w = Math.exp(-Math.max(0, nowNanos - lastNanos) / decayNanos);
            ewmaMs = ewmaMs * w + ms * (1 - w);
            peakEwmaMs = ms > peakEwmaMs ? ms : peakEwmaMs * w + ms * (1 - w);
        }
        lastNanos = nowNanos;
    }

    /** Attempts currently in flight to this server. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The latency EWMA in ms; 0 before the first observation. */
    public synchronized double ewmaMs() {
        return ewmaMs;
    }

    /** The peak latency EWMA in ms: jumps up to a higher sample, decays like {@link #ewmaMs()}; 0 before the first. */
    public synchronized double peakEwmaMs() {
        return peakEwmaMs;
    }
}
