package dev.balancelab.io;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.Map;

/**
 * The topology's balancer as an HAProxy {@code backend} section: {@code balance}, {@code hash-type}, health checks
 * ({@code inter}, {@code fall}, {@code rise}, {@code timeout check}), retries ({@code retries},
 * {@code option redispatch}, {@code timeout server}), outlier ejection ({@code observe layer7 error-limit}) and slow
 * start. Where HAProxy has no equivalent (least response time, Maglev, rendezvous hashing, retry budget) or picks
 * differently (smooth weighted round robin's order, nginx's hashes) the export says so in a comment. Servers are
 * written as {@code <id>:8080}. Backup servers get {@code backup}, and the backend {@code option allbackups}: without
 * it HAProxy sends everything to the first usable backup, where the lab (and nginx) balance over all of them.
 */
public final class HaproxyExport {
    /** Retry condition → HAProxy {@code retry-on} keywords. */
    private static final Map<RetryOn, String> RETRY_ON = Map.of(
            RetryOn.CONNECT_FAILURE,
            "conn-failure empty-response",
            RetryOn.TIMEOUT,
            "response-timeout",
            RetryOn.ERROR,
            "500 502 503 504");

    private HaproxyExport() {}

    /** The HAProxy balancing lines for {@code kind}, after a comment where HAProxy has no equivalent. */
    private static String balance(AlgorithmKind kind) {
        return switch (kind) {
            case ROUND_ROBIN, HAPROXY_ROUND_ROBIN -> "balance roundrobin";
            case WEIGHTED_ROUND_ROBIN ->
                "# HAProxy interleaves weights in another order than smooth WRR, with the same shares per cycle:\n"
                        + "    # 5/1/1 gives a a a b a a c (lb_fwrr.c) against a a b a c a a (haproxy-round-robin picks as HAProxy)\n"
                        + "    balance roundrobin";
            case RANDOM, WEIGHTED_RANDOM -> "balance random";
            case LEAST_CONNECTIONS, WEIGHTED_LEAST_CONNECTIONS -> "balance leastconn";
            case LEAST_RESPONSE_TIME ->
                "# no least response time in HAProxy: the nearest is leastconn\n    balance leastconn";
            case POWER_OF_TWO_CHOICES -> "balance random(2)";
            case IP_HASH -> "balance source\n    hash-type map-based";
            case NGINX_IP_HASH ->
                "# HAProxy's source hash is not nginx's ip_hash: clients land on other servers\n"
                        + "    balance source\n    hash-type map-based";
            case CONSISTENT_HASH -> "balance hdr(X-User-Id)\n    hash-type consistent";
            case NGINX_CONSISTENT_HASH ->
                "# HAProxy's consistent ring is not nginx's ketama ring: keys land on other servers\n"
                        + "    balance hdr(X-User-Id)\n    hash-type consistent";
            case MAGLEV ->
                "# no Maglev in HAProxy: the nearest is a consistent hash ring\n"
                        + "    balance hdr(X-User-Id)\n    hash-type consistent";
            case RENDEZVOUS ->
                "# no rendezvous (HRW) hashing in HAProxy: the nearest is a consistent hash ring\n"
                        + "    balance hdr(X-User-Id)\n    hash-type consistent";
        };
    }

    /**
     * @param topology the lab
     * @param name the backend's name, e.g. {@code backend}
     * @return HAProxy configuration text, ending with a newline
     */
    public static String export(Topology topology, String name) {
        return export(topology, name, Map.of());
    }

    /**
     * The same export with the servers at {@code addresses}; those missing stay {@code <id>:8080}.
     *
     * @param addresses server id → {@code host:port}, e.g. the lab's live backend ports
     */
    public static String export(Topology topology, String name, Map<ServerId, String> addresses) {
        BalancerSpec b = topology.balancer();
        StringBuilder out = new StringBuilder();
        out.append("# Balance Lab: ").append(topology.title()).append('\n');
        out.append(ExportNotes.tier(topology));
        out.append("backend ").append(name).append('\n');
        out.append("    mode http\n");
        out.append("    ").append(balance(b.algorithm())).append('\n');
        if (topology.servers().stream().anyMatch(ServerSpec::backup)) {
            out.append("    option allbackups\n");
        }
        out.append(retries(b.retry()));
        out.append(defaultServer(b));
        for (ServerSpec s : topology.servers()) {
            out.append("    server ")
                    .append(s.id())
                    .append(' ')
                    .append(addresses.getOrDefault(s.id(), s.id() + ":8080"))
                    .append(" check");
            if (b.algorithm().weighted()) {
                out.append(" weight ").append(s.weight());
            }
            if (s.failure() == FailureKind.CRASH) {
                out.append(" disabled");
            }
            if (s.backup()) {
                out.append(" backup");
            }
            out.append('\n');
        }
        out.append(CacheNote.comment(topology));
        return out.toString();
    }

    /**
     * A whole configuration for {@code haproxy -f FILE}: defaults with HTTP timeouts, a frontend bound to
     * {@code bind} and the {@link #export(Topology, String, Map) backend} at {@code addresses}.
     */
    public static String standalone(Topology topology, Map<ServerId, String> addresses, String bind) {
        return "global\n    maxconn 4096\n\ndefaults\n    mode http\n    timeout connect 2s\n"
                + "    timeout client 30s\n    timeout server 30s\n\nfrontend lab\n    bind " + bind
                + "\n    option forwardfor\n    default_backend lab\n\n"
                + export(topology, "lab", addresses);
    }

    private static String retries(RetrySpec r) {
        StringBuilder out = new StringBuilder();
        out.append("    retries ").append(r.maxAttempts() - 1).append('\n');
        out.append("    retry-on ")
                .append(RetryConditions.words(r, RETRY_ON, "none"))
                .append('\n');
        out.append("    option redispatch 1\n");
        if (r.perTryTimeoutMs() > 0) {
            out.append("    timeout server ")
                    .append(NginxExport.seconds(r.perTryTimeoutMs()))
                    .append('\n');
        }
        if (r.budgeted()) {
            out.append("    # no retry budget in HAProxy\n");
        }
        return out.toString();
    }

    private static String defaultServer(BalancerSpec b) {
        HealthCheckSpec h = b.healthCheck();
        StringBuilder out = new StringBuilder();
        if (h.model() == HealthModel.PUSH) {
            out.append("    # the lab's servers push heartbeats (TTL ")
                    .append(NginxExport.seconds(h.ttlMs()))
                    .append("): HAProxy has no TTL check; these active checks are the nearest\n");
        }
        out.append("    timeout check ")
                .append(NginxExport.seconds(h.timeoutMs()))
                .append('\n');
        out.append("    default-server inter ")
                .append(NginxExport.seconds(h.intervalMs()))
                .append(" fall ")
                .append(h.fall())
                .append(" rise ")
                .append(h.rise());
        if (b.params().slowStartMs() > 0) {
            out.append(" slowstart ").append(NginxExport.seconds(b.params().slowStartMs()));
        }
        if (b.outlierDetection().enabled()) {
            out.append(" observe layer7 error-limit ")
                    .append(b.outlierDetection().consecutiveErrors())
                    .append(" on-error mark-down");
        }
        out.append('\n');
        return out.toString();
    }
}
