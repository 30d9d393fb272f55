package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rendezvous (highest random weight) hashing: every endpoint scores the key and the highest score wins (Thaler and
 * Ravishankar, "Using Name-Based Mappings to Increase Hit Rates", IEEE/ACM ToN 1998). The score is weighted as in
 * "weighted rendezvous hashing" (Schindelhauer and Schomaker, 2005): {@code -weight / ln(u)} with
 * {@code u = unit(combine(hash64(key), hash64(id)))} uniform in (0, 1), so an endpoint wins a share of keys
 * proportional to its weight; with equal weights this is simply the highest hash. Removing an endpoint moves only the
 * keys it won. A retry takes the next best score among untried endpoints. O(N) per pick.
 */
public final class Rendezvous implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.RENDEZVOUS;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new HighestScorePicker(endpoints);
    }

    private static final class HighestScorePicker extends AbstractPicker {
        private final long[] idHashes;

        HighestScorePicker(List<Endpoint> endpoints) {
            super(endpoints);
            idHashes = this.endpoints.stream()
                    .mapToLong(e -> Hashing.hash64(e.id().value()))
                    .toArray();
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            long keyHash = Hashing.hash64(request.key());
            Set<ServerId> skip = Untried.skipped(endpoints, request);
            Endpoint best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            StringBuilder scores = why == null ? null : new StringBuilder();
            for (int i = 0; i < idHashes.length; i++) {
                Endpoint e = endpoints.get(i);
                if (skip.contains(e.id())) {
                    continue;
                }
                double score = -e.weight() / Math.log(Hashing.unit(Hashing.combine(keyHash, idHashes[i])));
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
                if (scores != null) {
                    scores.append(' ').append(e.id()).append('=').append(String.format(Locale.ROOT, "%.3f", score));
                }
            }
            if (why != null) {
                why.add(Reason.of(
                        "why.rendezvous.rule",
                        "rendezvous: highest -weight / ln(hash({0}, server)) wins",
                        request.key()));
                why.add(Reason.of("why.rendezvous.scores", "scores:{0}", scores));
                why.add(Reason.of("why.rendezvous.highest", "highest: {0}", best.id()));
            }
            return best;
        }
    }
}
