package dev.balancelab.ui.hashring;

/**
 * The sampled keys as the canvas draws them: each key at its hash position, on the track of its owner.
 *
 * @param fractions each key's hash position as a fraction of a full turn, in [0, 1)
 * @param owners each key's owner, as a server index in topology order
 * @param previous each key's owner before the last change, or null when there was none to compare with
 */
record KeyDots(double[] fractions, int[] owners, int[] previous) {
    /** Whether key {@code i} changed owner in the last change. */
    boolean moved(int i) {
        return previous != null && previous[i] != owners[i];
    }
}
