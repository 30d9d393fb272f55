package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.util.List;

/**
 * IP hash: endpoint {@code hash64(clientAddress) mod N} ({@link Hashing}), so one client keeps reaching one server
 * while the set of servers stays the same. Unlike nginx {@code ip_hash} ({@code ngx_http_upstream_ip_hash_module.c}),
 * which hashes only the first three octets of an IPv4 address (a whole /24 lands on one server), this hashes the full
 * address text, and it ignores weights. Because it is a plain modulo, adding or removing one of N servers remaps about
 * {@code (N-1)/N} of all clients; compare {@link ConsistentHash}, {@link Maglev} and {@link Rendezvous}. A retry walks
 * on to {@code (h + 1) mod N}, {@code (h + 2) mod N}, ... until an untried server.
 */
public final class IpHash implements Algorithm {
    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.IP_HASH;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new ModuloPicker(endpoints);
    }

    private static final class ModuloPicker extends AbstractPicker {
        ModuloPicker(List<Endpoint> endpoints) {
            super(endpoints);
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            int n = endpoints.size();
            long h = Hashing.hash64(request.clientAddress());
            int slot = Hashing.index(h, n);
            Endpoint chosen = Untried.walk(n, i -> endpoints.get((slot + i) % n), Untried.skipped(endpoints, request));
            if (why != null) {
                why.add(Reason.of("why.ipHash.rule", "IP hash: hash({0}) mod {1}", request.clientAddress(), n));
                why.add(Reason.of(
                        "why.ipHash.index", "hash {0} -> index {1} -> {2}", Hashing.hex(h), slot, chosen.id()));
            }
            return chosen;
        }
    }
}
