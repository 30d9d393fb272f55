package dev.balancelab.cli;

import dev.balancelab.domain.AlgorithmKind;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Completion candidates and {@code --help} list of {@code --algorithm}: every {@link AlgorithmKind} id. */
final class AlgorithmIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return AlgorithmKind.ids().iterator();
    }

    /** The ids of the hashing algorithms ({@link AlgorithmKind#usesKey()}), the ones {@code ring} can show. */
    static List<String> hashing() {
        return Arrays.stream(AlgorithmKind.values())
                .filter(AlgorithmKind::usesKey)
                .map(AlgorithmKind::id)
                .toList();
    }

    /** Completion candidates of {@code ring --algorithm}: {@link #hashing()}. */
    static final class Hashing implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return hashing().iterator();
        }
    }
}
