package dev.balancelab.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.engine.StorageAnswer;
import dev.balancelab.engine.Wire;
import dev.balancelab.telemetry.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One HTTP/1.1 backend per server the lab runs (not for a server with a {@code url}), on the JDK's {@code com.sun.net.httpserver.HttpServer}, each on a port of its
 * own. The server's dispatcher thread only hands a request to the lab server's own bounded worker pool
 * ({@link LabEngine#work}); the worker holds it for the service time and answers it, so the lab's "workers" are the
 * threads answering HTTP: {@code 200} with a short body naming the server, {@code 500} under error rate or gray failure,
 * {@code 503} when the queue is full. {@code GET /health} is answered by the server's heartbeat responder: 200, or
 * never by a hung server. A crash closes the port (new connections are refused) and cuts every open connection, as a
 * killed process does; a revive binds the same port again.
 *
 * <p>A request carrying {@link #PROXIED} came from the lab's proxy, which counts it; any other request came from an
 * external balancer (real nginx or HAProxy) and enters the engine as one ({@link LabEngine#serveExternal}).
 */
final class Backends implements AutoCloseable {
    /** Marks a request forwarded by the lab's proxy; its value is the lab's request id. */
    static final String PROXIED = LabHeaders.REQUEST;

    static {
        // The JDK server writes an answer's head and body separately; with Nagle's algorithm on, the body then waits
        // for the client's delayed ACK (40 ms on Linux): 0 ms backends answered in 45 ms. Read once, at its first use.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final LabEngine engine;
    private final InetAddress bind;
    private final KeySource keySource;
    private final Set<ServerId> cached;
    private final Map<ServerId, Integer> ports = new LinkedHashMap<>();
    private final Map<ServerId, HttpServer> running = new ConcurrentHashMap<>();

    /**
     * Binds one port per server the lab runs (free ports, chosen by the system; none for a server with a
     * {@code url}) and opens those whose server runs.
     *
     * @throws UncheckedIOException if a port cannot be bound
     */
    Backends(LabEngine engine, InetAddress bind, KeySource keySource) {
        this.engine = engine;
        this.bind = bind;
        this.keySource = keySource;
        this.cached = engine.topology().servers().stream()
                .filter(s -> s.cache() != null)
                .map(ServerSpec::id)
                .collect(Collectors.toUnmodifiableSet());
        engine.topology().servers().stream().filter(s -> s.url() == null).forEach(s -> {
            HttpServer server = open(s.id(), 0);
            ports.put(s.id(), server.getAddress().getPort());
            if (!engine.alive(s.id())) {
                server.stop(0);
                running.remove(s.id());
            }
        });
    }

    /** Each server's base URI, in topology order (on loopback for a wildcard bind). */
    Map<ServerId, URI> uris() {
        Map<ServerId, URI> uris = new LinkedHashMap<>();
        ports.forEach((id, port) ->
                uris.put(id, URI.create("http://" + Addresses.hostPort(Addresses.reachable(bind), port))));
        return uris;
    }

    /** Each server's socket address. */
    Map<ServerId, InetSocketAddress> addresses() {
        Map<ServerId, InetSocketAddress> addresses = new LinkedHashMap<>();
        ports.forEach((id, port) -> addresses.put(id, new InetSocketAddress(Addresses.reachable(bind), port)));
        return addresses;
    }

    /**
     * Closes the port of a crashed server, cutting its connections; opens it again when the server restarts. Ignores
     * servers it has no port for.
     */
    synchronized void aliveChanged(ServerId id, boolean alive) {
        HttpServer server = running.get(id);
        if (!ports.containsKey(id)) {
            return;
        }
        if (!alive && server != null) {
            running.remove(id);
            server.stop(0);
        } else if (alive && server == null) {
            open(id, ports.get(id));
        }
    }

    private HttpServer open(ServerId id, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 128);
            server.createContext("/", exchange -> handle(id, exchange));
            server.createContext("/health", exchange -> health(id, exchange));
            server.start();
            running.put(id, server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot bind " + id + "'s backend to port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hands the request to the server's workers with its key (the one the proxy derived, or for an external
     * balancer's request the lab's key source applied here); runs on the dispatcher thread and never blocks.
     */
    private void handle(ServerId id, HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        boolean write = LabHeaders.writes(exchange.getRequestMethod());
        String proxied = headers.getFirst(PROXIED);
        if (proxied != null) {
            engine.work(id, requestId(proxied), headers.getFirst(LabHeaders.KEY), write, served -> {
                if (cached.contains(id)) {
                    headers(exchange).set(LabHeaders.CACHE, served.cacheHit() ? "HIT" : "MISS");
                }
                answer(id, exchange, served.outcome(), served.storage());
            });
            return;
        }
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        String key;
        try {
            key = keySource.key(exchange.getRequestURI().toString(), headers::getFirst, client);
        } catch (IllegalArgumentException e) { // a malformed query string or cookie
            respond(exchange, 400, id, "bad request");
            return;
        }
        engine.serveExternal(
                id, key, write, client, (Wire.Ended ended) -> answer(id, exchange, ended.outcome(), ended.storage()));
    }

    /** The lab's request id the proxy put in {@link #PROXIED}; -1 if it is not a number (not the lab's proxy). */
    private static long requestId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Headers headers(HttpExchange exchange) {
        return exchange.getResponseHeaders();
    }

    private void health(ServerId id, HttpExchange exchange) {
        engine.answerHealthCheck(id).thenAccept(up -> respond(exchange, up ? 200 : 503, id, up ? "up" : "down"));
    }

    /**
     * Answers by outcome, saying what the storage tier answered ({@link LabHeaders#STORAGE}; a missed quorum is the
     * 500 of an {@link Outcome#ERROR}, as the simulated attempt's error); a reset leaves the exchange to the crash,
     * which closes its connection.
     */
    private static void answer(ServerId id, HttpExchange exchange, Outcome outcome, StorageAnswer storage) {
        if (storage != null) {
            headers(exchange).set(LabHeaders.STORAGE, LabHeaders.storage(storage));
        }
        boolean quorumFailed = storage != null && !storage.ok();
        switch (outcome) {
            case OK -> respond(exchange, 200, id, "served by " + id);
            case ERROR -> respond(exchange, 500, id, id + (quorumFailed ? ": storage quorum failed" : ": error"));
            case REJECTED, NO_SERVER -> respond(exchange, 503, id, id + ": queue full");
            case TIMEOUT -> respond(exchange, 504, id, id + ": timed out");
            case RESET -> exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, ServerId id, String text) {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set(LabHeaders.SERVED_BY, id.toString());
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the client or the crash closed the connection: nothing to answer
        }
    }

    @Override
    public synchronized void close() {
        running.values().forEach(server -> server.stop(0));
        running.clear();
    }
}
