package dev.balancelab.io;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.Map;

/**
 * The topology's balancer as an nginx {@code upstream} block plus a {@code server} block with the
 * {@code proxy_next_upstream} retry settings; both belong in nginx's {@code http} context
 * (ngx_http_upstream_module, ngx_http_proxy_module). Where nginx open source has no equivalent (least response time,
 * Maglev, rendezvous hashing, active health checks, slow start) or hashes differently (the lab's {@code ip-hash} and
 * {@code consistent-hash}; {@code nginx-ip-hash} and {@code nginx-consistent-hash} pick as nginx does) the export
 * says so in a comment. Servers are written as {@code <id>:8080}, the names nginx's consistent hash ring hashes.
 */
public final class NginxExport {
    /** Retry condition → {@code proxy_next_upstream} words. */
    private static final Map<RetryOn, String> NEXT_UPSTREAM = Map.of(
            RetryOn.CONNECT_FAILURE,
            "error",
            RetryOn.TIMEOUT,
            "timeout",
            RetryOn.ERROR,
            "http_500 http_502 http_503 http_504");

    private NginxExport() {}

    /**
     * @param topology the lab
     * @param name the upstream's name, e.g. {@code backend}
     * @return nginx configuration text, ending with a newline
     */
    public static String export(Topology topology, String name) {
        BalancerSpec b = topology.balancer();
        StringBuilder out = new StringBuilder();
        out.append("# Balance Lab: ").append(topology.title()).append('\n');
        out.append("upstream ").append(name).append(" {\n");
        out.append("    ").append(directive(b.algorithm())).append('\n');
        for (ServerSpec s : topology.servers()) {
            out.append("    server ")
                    .append(s.id())
                    .append(":8080")
                    .append(serverParams(b, s))
                    .append(";\n");
        }
        out.append(healthComment(b.healthCheck()));
        out.append(CacheNote.comment(topology));
        if (b.params().slowStartMs() > 0) {
            out.append("    # slow start: nginx Plus only (server ... slow_start=")
                    .append(seconds(b.params().slowStartMs()))
                    .append(")\n");
        }
        out.append("}\n\n");
        out.append(retries(b.retry(), name));
        return out.toString();
    }

    /** The nginx balancing directive for {@code kind}, or a comment line where there is none. */
    private static String directive(AlgorithmKind kind) {
        return switch (kind) {
            case ROUND_ROBIN -> "# round robin is nginx's default";
            case WEIGHTED_ROUND_ROBIN -> "# smooth weighted round robin is nginx's default";
            case RANDOM, WEIGHTED_RANDOM -> "random;";
            case LEAST_CONNECTIONS, WEIGHTED_LEAST_CONNECTIONS -> "least_conn;";
            case LEAST_RESPONSE_TIME ->
                "# no equivalent in nginx open source (nginx Plus: least_time header;)\n    least_conn;";
            case POWER_OF_TWO_CHOICES -> "random two least_conn;";
            case IP_HASH ->
                "# nginx hashes the first three octets of an IPv4 address, not the whole address:\n"
                        + "    # clients land on other servers than in the lab (nginx-ip-hash picks as nginx does)\n"
                        + "    ip_hash;";
            case NGINX_IP_HASH -> "ip_hash;";
            case CONSISTENT_HASH ->
                "# nginx's ring is ketama (CRC32, 160 points per weight), not the lab's ring:\n"
                        + "    # keys land on other servers than in the lab (nginx-consistent-hash picks as nginx does)\n"
                        + "    hash $http_x_user_id consistent;";
            case NGINX_CONSISTENT_HASH -> "hash $http_x_user_id consistent;";
            case MAGLEV ->
                "# no Maglev in nginx: the nearest is a consistent hash ring\n    hash $http_x_user_id consistent;";
            case RENDEZVOUS ->
                "# no rendezvous (HRW) hashing in nginx: the nearest is a consistent hash ring\n"
                        + "    hash $http_x_user_id consistent;";
        };
    }

    private static String serverParams(BalancerSpec b, ServerSpec s) {
        StringBuilder p = new StringBuilder();
        if (b.algorithm().weighted()) {
            p.append(" weight=").append(s.weight());
        }
        if (b.outlierDetection().enabled()) {
            p.append(" max_fails=")
                    .append(b.outlierDetection().consecutiveErrors())
                    .append(" fail_timeout=")
                    .append(seconds(b.outlierDetection().baseEjectionTimeMs()));
        }
        if (s.failure() == FailureKind.CRASH) {
            p.append(" down");
        }
        return p.toString();
    }

    private static String healthComment(HealthCheckSpec h) {
        return "    # active health checks: nginx Plus only (health_check interval=" + seconds(h.intervalMs())
                + " fails=" + h.fall() + " passes=" + h.rise() + ";)\n";
    }

    /** A {@code server} block whose {@code location /} proxies to the upstream with the retry settings. */
    private static String retries(RetrySpec r, String name) {
        StringBuilder out = new StringBuilder();
        out.append("server {\n");
        out.append("    listen 80;\n\n");
        out.append("    location / {\n");
        out.append("        proxy_pass http://").append(name).append(";\n");
        out.append("        proxy_next_upstream ")
                .append(RetryConditions.words(r, NEXT_UPSTREAM, "off"))
                .append(";\n");
        out.append("        proxy_next_upstream_tries ").append(r.maxAttempts()).append(";\n");
        if (r.perTryTimeoutMs() > 0) {
            out.append("        proxy_read_timeout ")
                    .append(r.perTryTimeoutMs())
                    .append("ms;\n");
        }
        if (r.backoffBaseMs() > 0 || r.budgeted()) {
            out.append("        # nginx retries at once: no backoff, no retry budget\n");
        }
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    static String seconds(long ms) {
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }
}
