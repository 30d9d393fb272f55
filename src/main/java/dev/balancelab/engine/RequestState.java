package dev.balancelab.engine;

import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Outcome;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One request in flight: its identity, hash inputs and the servers its attempts went to. A simulated request comes
 * from a client of the topology; a real one from the HTTP proxy ({@link #REAL_CLIENTS}: its attempts travel over a
 * {@link Wire}) or from an external balancer that already chose the server ({@link #EXTERNAL}: pinned, one attempt).
 */
final class RequestState {
    /** The client index of requests that came through the lab's HTTP proxy. */
    static final int REAL_CLIENTS = -1;
    /** The client index of requests an external balancer (real nginx, HAProxy) sent straight to a backend port. */
    static final int EXTERNAL = -2;

    final long id;
    final int clientIndex;
    final String key;
    final String clientAddress;
    final long startLabNanos;
    /** Whether the request writes its key (else reads it), where a storage tier serves it. */
    final boolean write;

    /** How attempts travel to servers; null: straight into the server's queue. */
    final Wire wire;
    /** The server an external balancer chose; null: the lab's picker chooses. */
    final ServerId pinned;
    /** Told how the request ended; null for simulated requests. */
    final Consumer<Wire.Ended> done;

    private final Set<ServerId> tried = new LinkedHashSet<>();
    private int attempts;
    private ServerId lastServer;
    private Outcome lastOutcome;

    RequestState(long id, int clientIndex, String key, String clientAddress, long startLabNanos) {
        this(id, clientIndex, key, clientAddress, startLabNanos, false);
    }

    /** A simulated request from client {@code clientIndex}; {@code write} if it writes its key. */
    RequestState(long id, int clientIndex, String key, String clientAddress, long startLabNanos, boolean write) {
        this(id, clientIndex, key, clientAddress, startLabNanos, write, null, null, null);
    }

    private RequestState(
            long id,
            int clientIndex,
            String key,
            String clientAddress,
            long startLabNanos,
            boolean write,
            Wire wire,
            ServerId pinned,
            Consumer<Wire.Ended> done) {
        this.id = id;
        this.clientIndex = clientIndex;
        this.key = key;
        this.clientAddress = clientAddress;
        this.startLabNanos = startLabNanos;
        this.write = write;
        this.wire = wire;
        this.pinned = pinned;
        this.done = done;
    }

    /** A request that came through the HTTP proxy; its attempts travel over {@code wire}. */
    static RequestState proxied(
            long id, String key, String clientAddress, long now, Wire wire, Consumer<Wire.Ended> done) {
        return new RequestState(id, REAL_CLIENTS, key, clientAddress, now, false, wire, null, done);
    }

    /** A request an external balancer sent straight to {@code server}'s backend port. */
    static RequestState external(
            long id, ServerId server, String key, String clientAddress, long now, Consumer<Wire.Ended> done) {
        return new RequestState(id, EXTERNAL, key, clientAddress, now, false, null, server, done);
    }

    /** Counts a new attempt and returns its number, from 1. Called by one thread at a time per request. */
    synchronized int nextAttempt() {
        return ++attempts;
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized void tried(ServerId server) {
        tried.add(server);
    }

    /** Records how the latest attempt ended; {@code server} is null when no server was available. */
    synchronized void last(ServerId server, Outcome outcome) {
        lastServer = server;
        lastOutcome = outcome;
    }

    synchronized Wire.Ended ended(boolean ok) {
        return new Wire.Ended(ok, attempts, lastServer, lastOutcome);
    }

    synchronized Set<ServerId> tried() {
        return Set.copyOf(tried);
    }
}
