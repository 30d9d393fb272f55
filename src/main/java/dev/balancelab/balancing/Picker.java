package dev.balancelab.balancing;

import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * An immutable snapshot of the balancer's choice over the currently available servers (grpc-java's
 * {@code SubchannelPicker}). A new picker is built by the control plane whenever the available set, a weight or the
 * algorithm changes, and published through a volatile reference; per-pick state carries over from one generation to
 * the next ({@link Algorithm#nextPicker}).
 *
 * <p>Threading: {@link #pick} is called concurrently by data-plane threads without external locking, possibly on the
 * previous generation for a moment after a new one is published; an implementation keeps any per-pick state (a
 * round-robin cursor, SWRR current weights), which it may share with other generations, thread-safe itself.
 */
public interface Picker {
    /**
     * Chooses the server for one attempt.
     *
     * @param request the request; the result is not in {@code request.tried()} while any endpoint outside it remains
     * @return the chosen endpoint, or null if {@link #endpoints()} is empty
     */
    Endpoint pick(Request request);

    /** The endpoints this picker chooses among, in topology order; immutable. */
    List<Endpoint> endpoints();

    /**
     * Chooses like {@link #pick} (advancing the same state) and explains the choice. Slower; for stepping.
     *
     * @param request the request
     * @return the decision; its {@code chosen} is what {@link #pick} would have returned
     */
    default Decision decide(Request request) {
        Endpoint chosen = pick(request);
        return new Decision(
                chosen,
                List.of(
                        chosen == null
                                ? Reason.of("why.noServer", "no server available")
                                : Reason.of("why.picked", "picked {0}", chosen.id())));
    }
}
