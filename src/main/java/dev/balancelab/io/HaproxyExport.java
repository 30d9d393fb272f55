package dev.balancelab.io;

import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.Map;

/**
 * The topology's balancer as an HAProxy {@code backend} section: {@code balance}, {@code hash-type}, health checks
 * ({@code inter}, {@code fall}, {@code rise}, {@code timeout check}), retries ({@code retries},
 * {@code option redispatch}, {@code timeout server}), outlier ejection ({@code observe layer7 error-limit}) and slow
 * start. Where HAProxy has no equivalent (least response time, Maglev, rendezvous hashing, retry budget) the export
 * says so in a comment. Servers are written as {@code <id>:8080}.
 */
public final class HaproxyExport {
    /** Algorithm name → HAProxy balancing lines. */
    private static final Map<String, String> BALANCE = Map.ofEntries(
            Map.entry("round-robin", "balance roundrobin"),
            Map.entry("weighted-round-robin", "balance roundrobin"),
            Map.entry("random", "balance random"),
            Map.entry("weighted-random", "balance random"),
            Map.entry("least-connections", "balance leastconn"),
            Map.entry("weighted-least-connections", "balance leastconn"),
            Map.entry(
                    "least-response-time",
                    "# no least response time in HAProxy: the nearest is leastconn\n" + "    balance leastconn"),
            Map.entry("power-of-two-choices", "balance random(2)"),
            Map.entry("ip-hash", "balance source\n    hash-type map-based"),
            Map.entry("consistent-hash", "balance hdr(X-User-Id)\n    hash-type consistent"),
            Map.entry(
                    "maglev",
                    "# no Maglev in HAProxy: the nearest is a consistent hash ring\n"
                            + "    balance hdr(X-User-Id)\n    hash-type consistent"),
            Map.entry(
                    "rendezvous",
                    "# no rendezvous (HRW) hashing in HAProxy: the nearest is a consistent hash ring\n"
                            + "    balance hdr(X-User-Id)\n    hash-type consistent"));

    /** Retry condition → HAProxy {@code retry-on} keywords. */
    private static final Map<RetryOn, String> RETRY_ON = Map.of(
            RetryOn.CONNECT_FAILURE,
            "conn-failure empty-response",
            RetryOn.TIMEOUT,
            "response-timeout",
            RetryOn.ERROR,
            "500 502 503 504");

    private HaproxyExport() {}

    /**
     * @param topology the lab
     * @param name the backend's name, e.g. {@code backend}
     * @return HAProxy configuration text, ending with a newline
     */
    public static String export(Topology topology, String name) {
        BalancerSpec b = topology.balancer();
        StringBuilder out = new StringBuilder();
        out.append("# Balance Lab: ").append(topology.title()).append('\n');
        out.append("backend ").append(name).append('\n');
        out.append("    mode http\n");
        out.append("    ")
                .append(BALANCE.getOrDefault(b.algorithm(), "# unknown algorithm " + b.algorithm()))
                .append('\n');
        out.append(retries(b.retry()));
        out.append(defaultServer(b));
        for (ServerSpec s : topology.servers()) {
            out.append("    server ").append(s.id()).append(' ').append(s.id()).append(":8080 check");
            if (Weights.used(b.algorithm())) {
                out.append(" weight ").append(s.weight());
            }
            if (s.failure() == FailureKind.CRASH) {
                out.append(" disabled");
            }
            out.append('\n');
        }
        return out.toString();
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
