package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.Set;

/**
 * nginx {@code ip_hash}, step for step ({@code ngx_http_upstream_get_ip_hash_peer} in
 * {@code src/http/modules/ngx_http_upstream_ip_hash_module.c}): starting from {@code hash = 89}, each round folds the
 * first three octets of the client's IPv4 address into {@code hash = (hash * 113 + octet) % 6271}, takes
 * {@code w = hash % totalWeight} and walks the servers in topology order subtracting their weights until {@code w} is
 * below one; a server already tried starts another round from the hash reached so far, and after 20 such misses the
 * request falls back to round robin (here: the first untried server in topology order). A whole /24 network lands on
 * one server, and weights count.
 *
 * <p>Shapes: an address that is not dotted IPv4 hashes like nginx's pseudo address {@code 0.0.0} (nginx's case for
 * non-IP sockets; nginx hashes all 16 bytes of an IPv6 address, which the lab's IPv4 clients never have).
 *
 * <p>Difference from nginx: nginx keeps a server that is down or failed in the list it walks and goes on to the next
 * round when the walk lands on it, so the other servers keep their clients; the lab leaves an unavailable server out
 * of the list, which changes {@code totalWeight} and moves clients of servers that stayed up. With every server
 * available the picks are nginx's.
 */
public final class NginxIpHash implements Algorithm {
    /** nginx's {@code ip_hash} gives up hashing after this many misses. */
    static final int MAX_MISSES = 20;

    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.NGINX_IP_HASH;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new IpHashPicker(endpoints);
    }

    /**
     * The first three octets of a dotted IPv4 address, or {@code 0, 0, 0} for any other text.
     *
     * @param address the client address, for example {@code 10.1.2.3}
     */
    static int[] firstThreeOctets(String address) {
        String[] parts = address.split("\\.", -1);
        int[] octets = new int[3];
        if (parts.length != 4) {
            return octets;
        }
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return new int[3];
            }
            if (i < 3) {
                octets[i] = Integer.parseInt(parts[i]);
            }
        }
        return octets;
    }

    private static final class IpHashPicker extends AbstractPicker {
        private final long totalWeight;

        IpHashPicker(List<Endpoint> endpoints) {
            super(endpoints);
            this.totalWeight =
                    this.endpoints.stream().mapToLong(Endpoint::weight).sum();
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            int[] octets = firstThreeOctets(request.clientAddress());
            Set<ServerId> skip = Untried.skipped(endpoints, request);
            int hash = 89;
            for (int round = 0; round <= MAX_MISSES; round++) {
                for (int octet : octets) {
                    hash = (hash * 113 + octet) % 6271;
                }
                long w = hash % totalWeight;
                int p = 0;
                while (w >= endpoints.get(p).weight()) {
                    w -= endpoints.get(p).weight();
                    p++;
                }
                Endpoint e = endpoints.get(p);
                if (!skip.contains(e.id())) {
                    if (why != null) {
                        why.add(Reason.of(
                                "why.nginxIpHash.rule",
                                "nginx ip_hash: first three octets of {0} hashed",
                                request.clientAddress()));
                        why.add(Reason.of(
                                "why.nginxIpHash.round",
                                "round {0}: hash {1} mod total weight {2} -> {3}",
                                round + 1,
                                hash,
                                totalWeight,
                                e.id()));
                    }
                    return e;
                }
            }
            Endpoint fallback = Untried.walk(endpoints.size(), endpoints::get, skip);
            if (why != null) {
                why.add(Reason.of(
                        "why.nginxIpHash.fallback",
                        "nginx ip_hash: {0} rounds hit tried servers; fallback {1}",
                        MAX_MISSES + 1,
                        fallback.id()));
            }
            return fallback;
        }
    }
}
