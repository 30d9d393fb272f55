package dev.balancelab.http;

import dev.balancelab.engine.LabEngine;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;

/**
 * The lab's reverse proxy on Netty: each client connection's pipeline is the lab's HTTP server pipeline
 * ({@link HttpServing#bind}: limits, deadlines, aggregator) ending in a {@link ProxyHandler}.
 */
final class Proxy implements AutoCloseable {
    private final Channel listening;

    /** Binds the proxy; throws if the port is taken. */
    Proxy(EventLoops loops, LabEngine engine, BackendClient backends, HttpOptions options) {
        this.listening = HttpServing.bind(
                loops,
                new InetSocketAddress(options.bind(), options.proxyPort()),
                options,
                channel -> new ProxyHandler(engine, backends, options.keySource()));
    }

    /** The port it listens on. */
    int port() {
        return ((InetSocketAddress) listening.localAddress()).getPort();
    }

    @Override
    public void close() {
        listening.close().awaitUninterruptibly();
    }
}
