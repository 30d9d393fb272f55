package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * nginx {@code hash $key consistent}, step for step ({@code ngx_http_upstream_init_chash},
 * {@code ngx_http_upstream_find_chash_point} and {@code ngx_http_upstream_get_chash_peer} in
 * {@code src/http/modules/ngx_http_upstream_hash_module.c}; the ketama ring of {@code Cache::Memcached::Fast}). Each
 * server, named {@code <id>:8080} as the nginx export writes it, gets {@code 160 × weight}
 * points: point {@code j} is {@code crc32(host, 0x00, port, point j-1 as 4 little-endian bytes)}, the first one with
 * point "−1" = 0. Points are sorted as unsigned 32-bit values and equal points after the first dropped. A key goes to
 * the owner of the first point {@code >= crc32(key)} (UTF-8), wrapping to the first point; a retry walks on to the
 * next point whose owner is untried.
 *
 * <p>Differences from nginx: nginx sorts the points with {@code qsort}, which orders equal points from different
 * servers arbitrarily; the lab keeps the server first in topology order (CRC32 collisions among a few thousand points
 * are rare). Weights are the endpoints' effective weights, so a server in slow start has fewer points, where nginx
 * open source has no slow start. A server that is unavailable has no points here; nginx keeps its points and walks
 * past them to the next point of an available server, which is the same owner. Older nginx releases give up that walk
 * after 20 points and fall back to round robin; the lab walks on.
 */
public final class NginxConsistentHash implements Algorithm {
    /** Points per unit of weight, nginx's constant. */
    static final int POINTS_PER_WEIGHT = 160;

    /** The port in the server names the ring hashes, as the nginx export writes them. */
    static final String PORT = "8080";

    private static final int OWNER_BITS = 20;

    @Override
    public AlgorithmKind kind() {
        return AlgorithmKind.NGINX_CONSISTENT_HASH;
    }

    @Override
    public Picker newPicker(List<Endpoint> endpoints, PickerConfig config) {
        return new KetamaPicker(endpoints);
    }

    /** nginx's {@code ngx_crc32_long}: CRC-32 (IEEE 802.3) of {@code bytes}, as an unsigned value. */
    static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * The ring: each entry is {@code point << 20 | owner index}, sorted, one entry per distinct point.
     *
     * @param endpoints the servers, fewer than 2^20
     */
    static long[] ring(List<Endpoint> endpoints) {
        long[] entries = new long
                [endpoints.stream()
                        .mapToInt(e -> e.weight() * POINTS_PER_WEIGHT)
                        .sum()];
        int n = 0;
        for (int owner = 0; owner < endpoints.size(); owner++) {
            Endpoint e = endpoints.get(owner);
            byte[] base = (e.id().value() + "\0" + PORT).getBytes(StandardCharsets.UTF_8);
            byte[] input = Arrays.copyOf(base, base.length + 4);
            long previous = 0;
            for (int j = 0; j < e.weight() * POINTS_PER_WEIGHT; j++) {
                for (int b = 0; b < 4; b++) {
                    input[base.length + b] = (byte) (previous >>> (8 * b));
                }
                previous = crc32(input);
                entries[n++] = previous << OWNER_BITS | owner;
            }
        }
        Arrays.sort(entries);
        int distinct = 0;
        for (long entry : entries) {
            if (distinct == 0 || point(entries[distinct - 1]) != point(entry)) {
                entries[distinct++] = entry;
            }
        }
        return Arrays.copyOf(entries, distinct);
    }

    private static long point(long entry) {
        return entry >>> OWNER_BITS;
    }

    private static String hex(long value) {
        return String.format(Locale.ROOT, "%08x", value);
    }

    private static final class KetamaPicker extends AbstractPicker {
        private final long[] ring;

        KetamaPicker(List<Endpoint> endpoints) {
            super(endpoints);
            this.ring = ring(this.endpoints);
        }

        @Override
        Endpoint choose(Request request, List<Reason> why) {
            long hash = crc32(request.key().getBytes(StandardCharsets.UTF_8));
            int found = Arrays.binarySearch(ring, hash << OWNER_BITS);
            int first = found >= 0 ? found : -found - 1;
            Endpoint chosen = Untried.walk(
                    ring.length,
                    i -> endpoints.get((int) (ring[(first + i) % ring.length] & ((1 << OWNER_BITS) - 1))),
                    Untried.skipped(endpoints, request));
            if (why != null) {
                why.add(Reason.of(
                        "why.nginxHash.rule",
                        "nginx hash consistent: first of {0} ketama points >= crc32({1})",
                        ring.length,
                        request.key()));
                why.add(Reason.of(
                        "why.nginxHash.point",
                        "crc32 {0} -> point #{1} at {2} -> {3}",
                        hex(hash),
                        first % ring.length,
                        hex(point(ring[first % ring.length])),
                        chosen.id()));
            }
            return chosen;
        }
    }
}
