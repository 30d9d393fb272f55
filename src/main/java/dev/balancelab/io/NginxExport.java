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
 * The topology's balancer as an nginx {@code upstream} block plus a {@code server} block with the
 * {@code proxy_next_upstream} retry settings; both belong in nginx's {@code http} context
 * (ngx_http_upstream_module, ngx_http_proxy_module). Where nginx open source has no equivalent (least response time,
 * Maglev, rendezvous hashing, active health checks, slow start) or hashes differently (the lab's {@code ip-hash} and
 * {@code consistent-hash}; {@code nginx-ip-hash} and {@code nginx-consistent-hash} pick as nginx does) the export
 * says so in a comment. Servers are written as {@code <id>:8080}, the names nginx's consistent hash ring hashes.
 * Backup servers get nginx's {@code backup} parameter where the method allows it (round robin, {@code least_conn});
 * under {@code ip_hash}, {@code hash} and {@code random}, which refuse it, they are listed in a comment only.
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
        return export(topology, name, Map.of(), "80");
    }

    /**
     * The same export with the servers at {@code addresses} (those missing stay {@code <id>:8080}) and the
     * {@code server} block listening on {@code listen}.
     *
     * @param addresses server id → {@code host:port}, e.g. the lab's live backend ports
     * @param listen nginx {@code listen} parameter, e.g. {@code 127.0.0.1:8081}
     */
    public static String export(Topology topology, String name, Map<ServerId, String> addresses, String listen) {
        BalancerSpec b = topology.balancer();
        StringBuilder out = new StringBuilder();
        out.append("# Balance Lab: ").append(topology.title()).append('\n');
        out.append(ExportNotes.tier(topology));
        out.append("upstream ").append(name).append(" {\n");
        out.append("    ").append(directive(b.algorithm())).append('\n');
        boolean backups = takesBackup(b.algorithm());
        for (ServerSpec s : topology.servers()) {
            if (s.backup() && !backups) {
                continue;
            }
            out.append("    server ")
                    .append(addresses.getOrDefault(s.id(), s.id() + ":8080"))
                    .append(serverParams(b, s))
                    .append(";\n");
        }
        if (!backups) {
            out.append(leftOutBackups(topology));
        }
        out.append(healthComment(b.healthCheck()));
        out.append(CacheNote.comment(topology));
        if (b.params().slowStartMs() > 0) {
            out.append("    # slow start: nginx Plus only (server ... slow_start=")
                    .append(seconds(b.params().slowStartMs()))
                    .append(")\n");
        }
        out.append("}\n\n");
        out.append(retries(b.retry(), name, listen));
        return out.toString();
    }

    /**
     * A whole configuration for {@code nginx -p DIR -c FILE}: in the foreground, one worker, logs to stderr, temporary
     * files under {@code DIR}, keep-alive connections to the upstream (HTTP/1.1, {@code keepalive 64}), and the
     * {@link #export(Topology, String, Map, String) export} in its {@code http} block.
     */
    public static String standalone(Topology topology, Map<ServerId, String> addresses, String listen) {
        String inner = export(topology, "lab", addresses, listen)
                .replace("}\n\nserver {", "    keepalive 64;\n}\n\nserver {")
                .replace(
                        "        proxy_pass http://lab;\n",
                        "        proxy_pass http://lab;\n        proxy_http_version 1.1;\n"
                                + "        proxy_set_header Connection \"\";\n"
                                + "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n");
        return "daemon off;\nworker_processes 1;\npid nginx.pid;\nerror_log stderr warn;\n\n"
                + "events {\n    worker_connections 4096;\n}\n\nhttp {\n    access_log off;\n"
                + "    client_body_temp_path client_body_temp;\n    proxy_temp_path proxy_temp;\n"
                + "    fastcgi_temp_path fastcgi_temp;\n    uwsgi_temp_path uwsgi_temp;\n    scgi_temp_path scgi_temp;\n\n"
                + inner.indent(4).replaceAll("(?m)^ +$", "")
                + "}\n";
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
            case HAPROXY_ROUND_ROBIN ->
                "# nginx's smooth weighted round robin has HAProxy's shares per cycle in another order:\n"
                        + "    # 5/1/1 gives a a b a c a a against a a a b a a c (weighted-round-robin picks as nginx does)";
            case MAGLEV ->
                "# no Maglev in nginx: the nearest is a consistent hash ring\n    hash $http_x_user_id consistent;";
            case RENDEZVOUS ->
                "# no rendezvous (HRW) hashing in nginx: the nearest is a consistent hash ring\n"
                        + "    hash $http_x_user_id consistent;";
        };
    }

    /**
     * Whether nginx accepts {@code backup} with the directive {@link #directive} writes for {@code kind}: round robin
     * and {@code least_conn} do; {@code ip_hash}, {@code hash} and {@code random} refuse it ("balancing method does not
     * support parameter backup": their modules leave {@code NGX_HTTP_UPSTREAM_BACKUP} out of the upstream's flags).
     */
    private static boolean takesBackup(AlgorithmKind kind) {
        return switch (kind) {
            case ROUND_ROBIN,
                    WEIGHTED_ROUND_ROBIN,
                    LEAST_CONNECTIONS,
                    WEIGHTED_LEAST_CONNECTIONS,
                    LEAST_RESPONSE_TIME,
                    HAPROXY_ROUND_ROBIN -> true;
            case RANDOM,
                    WEIGHTED_RANDOM,
                    POWER_OF_TWO_CHOICES,
                    IP_HASH,
                    NGINX_IP_HASH,
                    CONSISTENT_HASH,
                    NGINX_CONSISTENT_HASH,
                    MAGLEV,
                    RENDEZVOUS -> false;
        };
    }

    /** Comment lines for the backup servers an upstream of this method cannot hold; empty if there are none. */
    private static String leftOutBackups(Topology topology) {
        StringBuilder out = new StringBuilder();
        for (ServerSpec s : topology.servers()) {
            if (s.backup()) {
                out.append("    #   server ").append(s.id()).append(":8080 backup;\n");
            }
        }
        return out.isEmpty()
                ? ""
                : "    # nginx refuses backup with ip_hash, hash and random; the lab's backup servers are left out:\n"
                        + out;
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
        if (s.backup()) {
            p.append(" backup");
        }
        return p.toString();
    }

    private static String healthComment(HealthCheckSpec h) {
        if (h.model() == HealthModel.PUSH) {
            return "    # push heartbeats (servers report every " + seconds(h.intervalMs()) + ", failed after TTL "
                    + seconds(h.ttlMs()) + "): nginx has no TTL check; a service registry (Consul, ZooKeeper)\n"
                    + "    # would rewrite this upstream\n";
        }
        return "    # active health checks: nginx Plus only (health_check interval=" + seconds(h.intervalMs())
                + " fails=" + h.fall() + " passes=" + h.rise() + ";)\n";
    }

    /** A {@code server} block whose {@code location /} proxies to the upstream with the retry settings. */
    private static String retries(RetrySpec r, String name, String listen) {
        StringBuilder out = new StringBuilder();
        out.append("server {\n");
        out.append("    listen ").append(listen).append(";\n\n");
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
