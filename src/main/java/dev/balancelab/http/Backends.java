package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.engine.LabEngine;
import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One HTTP/1.1 backend per server the lab runs (not for a server with a {@code url}), on Netty, each on a port of its
 * own, on the same event loops and with the same connection pipeline and limits as the proxy ({@link HttpServing}).
 * A {@link BackendHandler} hands each request to the lab server's own bounded worker pool ({@link LabEngine#work}); a
 * worker holds it for the service time and the answer is written on the connection's event loop: {@code 200} with a
 * short body naming the server, {@code 500} under error rate or gray failure, {@code 503} when the queue is full.
 * {@code GET /health} is answered by the server's heartbeat responder: 200, or never by a hung server. A crash closes
 * the port (new connections are refused) and cuts every open connection, as a killed process does; a revive binds the
 * same port again.
 *
 * <p>A request carrying {@link LabHeaders#REQUEST} came from the lab's proxy, which counts it; any other request came
 * from an external balancer (real nginx or HAProxy) and enters the engine as one ({@link LabEngine#serveExternal}).
 */
final class Backends implements AutoCloseable {
    private final LabEngine engine;
    private final EventLoops loops;
    private final HttpOptions options;
    private final Set<ServerId> cached;
    private final Map<ServerId, Integer> ports = new LinkedHashMap<>();
    private final Map<ServerId, Port> running = new ConcurrentHashMap<>();

    /** A backend's open port: the listening socket and the connections it accepted. */
    private record Port(Channel listening, ChannelGroup connections) {
        /** Refuses new connections, then cuts the open ones; returns when both are closed. */
        void close() {
            listening.close().awaitUninterruptibly();
            connections.close().awaitUninterruptibly();
        }
    }

    /**
     * Binds one port per server the lab runs (free ports, chosen by the system; none for a server with a
     * {@code url}) on {@code options}' address and opens those whose server runs.
     *
     * @param loops accept and serve the connections
     * @throws UncheckedIOException if a port cannot be bound
     */
    Backends(LabEngine engine, EventLoops loops, HttpOptions options) {
        this.engine = engine;
        this.loops = loops;
        this.options = options;
        this.cached = engine.topology().servers().stream()
                .filter(s -> s.cache() != null)
                .map(ServerSpec::id)
                .collect(Collectors.toUnmodifiableSet());
        engine.topology().servers().stream().filter(s -> s.url() == null).forEach(s -> {
            Port port = open(s.id(), 0);
            ports.put(s.id(), ((InetSocketAddress) port.listening().localAddress()).getPort());
            if (!engine.alive(s.id())) {
                running.remove(s.id()).close();
            }
        });
    }

    /** Each server's base URI, in topology order (on loopback for a wildcard bind). */
    Map<ServerId, URI> uris() {
        Map<ServerId, URI> uris = new LinkedHashMap<>();
        addresses()
                .forEach((id, address) -> uris.put(
                        id, URI.create("http://" + Addresses.hostPort(address.getAddress(), address.getPort()))));
        return uris;
    }

    /** Each server's socket address. */
    Map<ServerId, InetSocketAddress> addresses() {
        Map<ServerId, InetSocketAddress> addresses = new LinkedHashMap<>();
        ports.forEach(
                (id, port) -> addresses.put(id, new InetSocketAddress(Addresses.reachable(options.bind()), port)));
        return addresses;
    }

    /**
     * Closes the port of a crashed server, cutting its connections; opens it again when the server restarts. Ignores
     * servers it has no port for.
     */
    synchronized void aliveChanged(ServerId id, boolean alive) {
        if (!ports.containsKey(id)) {
            return;
        }
        Port port = running.get(id);
        if (!alive && port != null) {
            running.remove(id);
            port.close();
        } else if (alive && port == null) {
            open(id, ports.get(id));
        }
    }

    private Port open(ServerId id, int port) {
        // stays closed: a connection accepted while the port closes is cut as it joins
        ChannelGroup connections = new DefaultChannelGroup(id.value(), GlobalEventExecutor.INSTANCE, true);
        Channel listening;
        try {
            listening = HttpServing.bind(loops, new InetSocketAddress(options.bind(), port), options, channel -> {
                connections.add(channel);
                return new BackendHandler(engine, id, options.keySource(), cached.contains(id));
            });
        } catch (Exception e) { // Netty rethrows the checked BindException without declaring it
            throw new UncheckedIOException(
                    "cannot bind " + id + "'s backend to port " + port + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        Port opened = new Port(listening, connections);
        running.put(id, opened);
        return opened;
    }

    @Override
    public synchronized void close() {
        running.values().forEach(Port::close);
        running.clear();
    }
}
