package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.engine.LabEngine;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real-time lab speaking HTTP: its servers as backends ({@link Backends}), its balancer as a reverse proxy
 * ({@link Proxy}), its active health checks as real {@code GET /health} ({@link HealthChecks}). Threads: the proxy's
 * Netty event loops ({@code lab-proxy-accept-N}, {@code lab-proxy-N}), one JDK {@code HTTP-Dispatcher} per backend
 * port, and the servers' own workers, which answer the requests.
 */
public final class HttpLab implements AutoCloseable {
    private static final Duration ABANDON_HEALTH_CHECK = Duration.ofSeconds(60);

    private final Backends backends;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final BackendClient client;
    private final Proxy proxy;
    private final HttpOptions options;

    private HttpLab(LabEngine engine, HttpOptions options) throws InterruptedException {
        this.options = options;
        this.backends = new Backends(engine, options.bind(), options.keySource());
        HealthChecks checks = new HealthChecks(backends.uris(), ABANDON_HEALTH_CHECK);
        checks.warmUp();
        engine.checkHealthWith(checks);
        this.boss = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("lab-proxy-accept", true), NioIoHandler.newFactory());
        this.workers = new MultiThreadIoEventLoopGroup(
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                new DefaultThreadFactory("lab-proxy", true),
                NioIoHandler.newFactory());
        this.client = new BackendClient(workers, backends.addresses());
        Proxy bound;
        try {
            bound = new Proxy(boss, workers, engine, client, options);
        } catch (RuntimeException | InterruptedException e) {
            stopLoops();
            backends.close();
            throw e;
        }
        this.proxy = bound;
    }

    /**
     * Opens the backends and the proxy of {@code engine}, before {@link LabEngine#start()} (health checks go over HTTP
     * from then on).
     *
     * @throws IllegalArgumentException if the engine runs in virtual time
     * @throws java.io.UncheckedIOException if a backend port cannot be bound
     * @throws InterruptedException if interrupted while binding
     */
    public static HttpLab start(LabEngine engine, HttpOptions options) throws InterruptedException {
        if (!engine.realTime()) {
            throw new IllegalArgumentException("real HTTP needs a real-time lab");
        }
        return new HttpLab(engine, options);
    }

    /** The proxy's base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI proxy() {
        return URI.create("http://" + Addresses.hostPort(Addresses.reachable(options.bind()), proxy.port()));
    }

    /** Each server's backend base URI, in topology order. */
    public Map<ServerId, URI> backends() {
        return backends.uris();
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
        stopLoops();
        backends.close();
    }

    private void stopLoops() {
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
