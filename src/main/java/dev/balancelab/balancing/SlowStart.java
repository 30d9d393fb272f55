package dev.balancelab.balancing;

/**
 * Slow start: a server that has just come back (revived, passed its health check, un-ejected) gets a weight that
 * ramps linearly from 1 up to its configured weight over a window, so it is not flooded while cold (nginx Plus
 * {@code server ... slow_start=time}; Envoy {@code slow_start_config}, there with an optional aggression exponent we
 * leave out). The engine feeds the result to {@link LoadBalancer#putServer} as the endpoint's weight.
 */
public final class SlowStart {
    private SlowStart() {}

    /**
     * The effective weight {@code max(1, round(weight × min(1, elapsedMs / slowStartMs)))}.
     *
     * @param weight the configured weight, &gt;= 1
     * @param elapsedMs lab ms since the server came back; negative counts as 0
     * @param slowStartMs the ramp window in lab ms; 0 disables slow start (the configured weight at once)
     * @return the effective weight, in {@code [1, weight]}
     * @throws IllegalArgumentException if {@code weight} &lt; 1 or {@code slowStartMs} &lt; 0
     */
    public static int effectiveWeight(int weight, long elapsedMs, long slowStartMs) {
        if (weight < 1 || slowStartMs < 0) {
            throw new IllegalArgumentException(
                    "need weight >= 1 and slowStartMs >= 0, were " + weight + ", " + slowStartMs);
        }
        if (slowStartMs == 0 || elapsedMs >= slowStartMs) {
            return weight;
        }
        double ramp = Math.max(0, elapsedMs) / (double) slowStartMs;
        return (int) Math.max(1, Math.round(weight * ramp));
    }
}
