package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceUrl;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real-time lab speaking HTTP: its servers as backends ({@link Backends}), its balancer as a reverse proxy
 * ({@link Proxy}), its active health checks as real {@code GET /health} ({@link HealthChecks}). Threads: one set of
 * Netty event loops for the proxy and the backends alike ({@code lab-http-accept-0} accepts, {@code lab-http-N} run
 * the connections: the proxy's clients, its connections to the backends and the backends' side of them), and the
 * servers' own workers, which serve the requests (the loops write their answers). The loops run on Netty's native
 * epoll transport where it loads, else on NIO ({@link #transport()}).
 */
public final class HttpLab implements AutoCloseable {
    private static final Duration ABANDON_HEALTH_CHECK = Duration.ofSeconds(60);

    private final Backends backends;
    private final EventLoops loops;
    private final BackendClient client;
    private final Proxy proxy;
    private final HttpOptions options;
    private final Map<ServerId, ServiceUrl> urls;
    private final List<ServerId> servers;

    private HttpLab(LabEngine engine, HttpOptions options) throws InterruptedException {
        this.options = options;
        this.urls = urls(engine.topology());
        this.servers = engine.topology().servers().stream().map(ServerSpec::id).toList();
        this.loops = new EventLoops();
        try {
            this.backends = new Backends(engine, loops, options);
        } catch (RuntimeException e) {
            loops.close();
            throw e;
        }
        this.client = new BackendClient(loops, addresses());
        urls.keySet().forEach(id -> client.cutOff(id, !engine.alive(id)));
        engine.onAliveChanged(this::aliveChanged);
        Proxy bound;
        try {
            Map<ServerId, URI> health = new LinkedHashMap<>();
            backends()
                    .forEach((id, uri) ->
                            health.put(id, urls.containsKey(id) ? urls.get(id).health() : uri.resolve("/health")));
            HealthChecks checks = new HealthChecks(health, client::isCutOff, ABANDON_HEALTH_CHECK);
            checks.warmUp();
            engine.checkHealthWith(checks);
            bound = new Proxy(loops, engine, client, options);
        } catch (RuntimeException | InterruptedException e) {
            backends.close();
            loops.close();
            throw e;
        }
        this.proxy = bound;
    }

    /** The servers with a {@code url}, which the lab does not run, in topology order. */
    private static Map<ServerId, ServiceUrl> urls(Topology topology) {
        Map<ServerId, ServiceUrl> urls = new LinkedHashMap<>();
        topology.servers().stream().filter(s -> s.url() != null).forEach(s -> urls.put(s.id(), s.url()));
        return urls;
    }

    /**
     * A crash or restart of a server: the lab's backend port closes or opens; a server with a {@code url} is cut off
     * from the proxy or reached again (the lab does not own that process: "kill" stops the lab routing to it).
     */
    private void aliveChanged(ServerId id, boolean alive) {
        if (urls.containsKey(id)) {
            client.cutOff(id, !alive);
        } else {
            backends.aliveChanged(id, alive);
        }
    }

    private Map<ServerId, InetSocketAddress> addresses() {
        Map<ServerId, InetSocketAddress> lab = backends.addresses();
        Map<ServerId, InetSocketAddress> all = new LinkedHashMap<>();
        backends()
                .keySet()
                .forEach(id -> all.put(
                        id,
                        urls.containsKey(id)
                                ? new InetSocketAddress(
                                        urls.get(id).url().getHost(),
                                        urls.get(id).url().getPort())
                                : lab.get(id)));
        return all;
    }

    /**
     * Checks that every server's {@code url} is on this machine, unless {@code remoteUrls}.
     *
     * @throws IllegalArgumentException naming the first server whose URL is not on loopback
     */
    public static void checkUrls(Topology topology, boolean remoteUrls) {
        for (var entry : urls(topology).entrySet()) {
            if (!remoteUrls && !Addresses.loopback(entry.getValue().url().getHost())) {
                throw new IllegalArgumentException(
                        "server " + entry.getKey() + ": url " + entry.getValue().url()
                                + " is not on this machine; only loopback URLs (127.0.0.1, ::1, localhost) are forwarded to"
                                + " unless allowed (serve --allow-remote-urls)");
            }
        }
    }

    /**
     * Opens the backends and the proxy of {@code engine}, before {@link LabEngine#start()} (health checks go over HTTP
     * from then on).
     *
     * @throws IllegalArgumentException if the engine runs in virtual time, or a server's {@code url} is not on
     *     loopback and {@link HttpOptions#remoteUrls()} is false
     * @throws java.io.UncheckedIOException if a backend port cannot be bound
     * @throws InterruptedException if interrupted while binding
     */
    public static HttpLab start(LabEngine engine, HttpOptions options) throws InterruptedException {
        if (!engine.realTime()) {
            throw new IllegalArgumentException("real HTTP needs a real-time lab");
        }
        checkUrls(engine.topology(), options.remoteUrls());
        return new HttpLab(engine, options);
    }

    /** The proxy's base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI proxy() {
        return URI.create("http://" + Addresses.hostPort(Addresses.reachable(options.bind()), proxy.port()));
    }

    /** Netty's transport under the proxy and the backends: {@code epoll} (native, Linux) or {@code nio}. */
    public String transport() {
        return loops.transport().id();
    }

    /** Each server's backend base URI (for a server with a {@code url}: that URL), in topology order. */
    public Map<ServerId, URI> backends() {
        Map<ServerId, URI> lab = backends.uris();
        Map<ServerId, URI> all = new LinkedHashMap<>();
        servers.forEach(id -> all.put(id, urls.containsKey(id) ? urls.get(id).url() : lab.get(id)));
        return all;
    }

    /** Each server's backend as {@code host:port}, for configs of real balancers (nginx, HAProxy) in front of them. */
    public Map<ServerId, String> liveBackends() {
        Map<ServerId, String> live = new LinkedHashMap<>();
        backends().forEach((id, uri) -> live.put(id, uri.getAuthority()));
        return live;
    }

    /** Where a real balancer in front of the live backends may listen: the proxy's address, port + 1. */
    public String besideProxy() {
        int port = proxy.port();
        return Addresses.hostPort(Addresses.reachable(options.bind()), port == 65_535 ? port - 1 : port + 1);
    }

    /** Closes the proxy, its connections and the backend ports. The engine stays the caller's. */
    @Override
    public void close() {
        proxy.close();
        client.close();
        backends.close();
        loops.close();
    }
}
