package dev.balancelab.ui.hashring;

/**
 * One picker snapshot as the hash-ring panel draws it; servers are indices in topology order.
 *
 * @param kind which parts apply
 * @param points ring points (virtual nodes) as fractions of a full turn, clockwise from the top; empty unless
 *     {@link Kind#RING}
 * @param pointOwners the owner of each point
 * @param keys the sampled keys under the algorithm, or null if it does not hash keys
 * @param modNKeys the same keys under {@code hash mod N} over the same servers, or null
 * @param table the Maglev lookup table's owner per slot; empty unless {@link Kind#MAGLEV}
 * @param previousTable the table before the last change, or null when there was none to compare with
 */
record RingPicture(
        Kind kind,
        double[] points,
        int[] pointOwners,
        KeyDots keys,
        KeyDots modNKeys,
        int[] table,
        int[] previousTable) {
    /** What the algorithm behind a snapshot is, as far as this panel is concerned. */
    enum Kind {
        /** Consistent hashing: draw the ring. */
        RING,
        /** Maglev: draw the lookup table. */
        MAGLEV,
        /** Another key-hashing algorithm (rendezvous, IP hash): list each key's owner. */
        KEY_TABLE,
        /** Not a hashing algorithm, or no server to hash onto: nothing to draw. */
        NONE
    }

    /** Maglev slots whose owner changed in the last change; 0 when there was none to compare with. */
    int changedSlots() {
        if (previousTable == null) {
            return 0;
        }
        int changed = 0;
        for (int slot = 0; slot < table.length; slot++) {
            changed += table[slot] == previousTable[slot] ? 0 : 1;
        }
        return changed;
    }

    /** A picture with nothing to draw. */
    static RingPicture none() {
        return new RingPicture(Kind.NONE, new double[0], new int[0], null, null, new int[0], null);
    }
}
