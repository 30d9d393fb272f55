package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Least response time: the eligible endpoint with the lowest {@code latency × (inFlight + 1)}, where latency is the
 * EWMA kept by {@link LoadStats} (time-based decay: a sample {@code Δt} ms old keeps weight {@code e^(-Δt/τ)},
 * {@code τ = AlgorithmParams.ewmaDecayMs}, default 10 000 ms). Multiplying by {@code inFlight + 1} stops the currently
 * fastest server from taking every request until its latency catches up (the cost of Finagle's {@code PeakEwma}
 * balancer; nginx Plus {@code least_time} also weighs active connections). A server with no latency sample yet
 * scores 0 and is tried first, so it gets one. Ties go to the least recently
 * picked endpoint, as in {@link LeastConnections}.
 *
 * <p>{@link Latency#PEAK_EWMA} uses {@link LoadStats#peakEwmaMs()} instead, reacting at once to a server turning
 * slow.
 */
public final class LeastResponseTime implements Algorithm {
    /** Which latency average the score uses. */
    public enum Latency {
        /** {@link LoadStats#ewmaMs()}. */
        EWMA("EWMA", e -> e.stats().ewmaMs()),
        /** {@link LoadStats#peakEwmaMs()}. */
        PEAK_EWMA("peak EWMA", e -> e.stats().peakEwmaMs());

        private final String label;
        private final ToDoubleFunction<Endpoint> ms;

        Latency(String label, ToDoubleFunction<Endpoint> ms) {
            this.label = label;
            this.ms = ms;
        }
    }

    private final Latency latency;

    /** Least response time on the plain EWMA, as registered in {@link Algorithms}. */
    public LeastResponseTime() {
        this(Latency.EWMA);
    }

    /** @param latency which latency average to score with */
    public LeastResponseTime(Latency latency) {
        this.latency = latency;
    }

    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.LEAST_RESPONSE_TIME;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return nextPicker(null, endpoints, config);
    }

    /** A picker that shares {@code previous}'s tie order. */
    @Override
    public Picker nextPicker(Picker previous, List<Endpoint> endpoints, PickerConfig config) {
        ToDoubleFunction<Endpoint> ms = latency.ms;
        return new LeastScorePicker(
                previous,
                endpoints,
                Reason.of(
                        "why.leastResponseTime.rule",
                        "least response time: lowest {0} ms × (inFlight + 1)",
                        latency.label),
                e -> ms.applyAsDouble(e) * (e.stats().inFlight() + 1),
                TieBreak.LeastRecentlyPicked::new);
    }
}
