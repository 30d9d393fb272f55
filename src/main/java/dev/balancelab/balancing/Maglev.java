package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * Maglev hashing: a request goes to the backend in slot {@code hash64(request.key()) mod M} of a {@link MaglevTable}
 * (Eisenbud et al., NSDI 2016, section 3.4), {@code M = AlgorithmParams.maglevTableSize}, a prime, 65537 by default.
 * Entries are proportional to weight (Envoy's weighted fill, see {@link MaglevTable}) and, with equal weights,
 * balanced to within one per backend. Lookup is O(1); removing a backend moves its own slots plus a small share of the
 * survivors' (near-minimal disruption, not zero). A retry walks on slot by slot to the next untried backend.
 */
public final class Maglev implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.MAGLEV;
    }

    /** @throws IllegalArgumentException if the configured table size is not a prime */
    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new TablePicker(endpoints, config.params().maglevTableSize());
    }

    /** A picker over one {@link MaglevTable}; {@link #table()} is the snapshot it looks keys up in. */
    public static final class TablePicker extends AbstractPicker {
        private final MaglevTable table;

        TablePicker(List<Endpoint> endpoints, int tableSize) {
            super(endpoints);
            this.table = MaglevTable.build(this.endpoints, tableSize);
        }

        /** The lookup table this picker uses. */
        public MaglevTable table() {
            return table;
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            long h = Hashing.hash64(request.key());
            Endpoint chosen = table.lookup(h, Untried.skipped(endpoints, request));
            if (why != null) {
                why.add(Reason.of(
                        "why.maglev.rule", "Maglev: table slot hash({0}) mod {1}", request.key(), table.size()));
                why.add(Reason.of("why.maglev.slot", "hash {0} -> slot {1}", Hashing.hex(h), table.slotOf(h)));
                why.add(Reason.of("why.tried", "tried {0} -> {1}", request.tried(), chosen.id()));
            }
            return chosen;
        }
    }
}
