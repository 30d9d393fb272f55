package dev.balancelab.engine;

import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.Outcome;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** Attempts of earlier tries of this request (client retries through a balancer, issue 14). */
    private final int attemptBase;
    /** Attempts of this try, at one balancer. */
    private int attempts;

    private ServerId lastServer;
    private Outcome lastOutcome;
    private StorageAnswer lastStorage;
    /** Whether the window gets this try's attempt events; null until its first attempt decides. */
    private Boolean drawn;
    /** Set once, by whoever ends this try first: the balancer's dispatcher, or the balancer's death. */
    private final AtomicBoolean over = new AtomicBoolean();
    /** Told once how this try ended (true: completed); set before the try reaches a balancer. */
    private volatile Consumer<Boolean> onEnd = ok -> {};

    RequestState(long id, int clientIndex, String key, String clientAddress, long startLabNanos) {
        this(id, clientIndex, key, clientAddress, startLabNanos, false);
    }

    /** A simulated request from client {@code clientIndex}; {@code write} if it writes its key. */
    RequestState(long id, int clientIndex, String key, String clientAddress, long startLabNanos, boolean write) {
        this(id, clientIndex, key, clientAddress, startLabNanos, write, null, null, null, 0);
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
            Consumer<Wire.Ended> done,
            int attemptBase) {
        this.id = id;
        this.clientIndex = clientIndex;
        this.key = key;
        this.clientAddress = clientAddress;
        this.startLabNanos = startLabNanos;
        this.write = write;
        this.wire = wire;
        this.pinned = pinned;
        this.done = done;
        this.attemptBase = attemptBase;
    }

    /** A request that came through the HTTP proxy; its attempts travel over {@code wire}. */
    static RequestState proxied(
            long id, String key, String clientAddress, long now, Wire wire, Consumer<Wire.Ended> done) {
        return new RequestState(id, REAL_CLIENTS, key, clientAddress, now, false, wire, null, done, 0);
    }

    /** A request an external balancer sent straight to {@code server}'s backend port. */
    static RequestState external(
            long id,
            ServerId server,
            String key,
            boolean write,
            String clientAddress,
            long now,
            Consumer<Wire.Ended> done) {
        return new RequestState(id, EXTERNAL, key, clientAddress, now, write, null, server, done, 0);
    }

    /**
     * The next try of this request (a client retry, issue 14): the same request, its attempt numbers going on, no
     * server tried yet, not over.
     */
    synchronized RequestState nextTry() {
        return new RequestState(
                id, clientIndex, key, clientAddress, startLabNanos, write, wire, pinned, done, attemptBase + attempts);
    }

    /**
     * Counts a new attempt of this try and returns its number within the whole request, from 1. Called by one
     * thread at a time per request.
     */
    synchronized int nextAttempt() {
        return attemptBase + ++attempts;
    }

    /** Attempts of this try so far (what the balancer's retry policy counts). */
    synchronized int attempts() {
        return attempts;
    }

    /** The number within this try, from 1, of attempt {@code number} of the request. */
    int tryNumber(int number) {
        return number - attemptBase;
    }

    /** The number of the latest attempt within the whole request, 0 before the first. */
    synchronized int lastAttempt() {
        return attemptBase + attempts;
    }

    /** The server of the latest attempt, null before the first. */
    synchronized ServerId lastTried() {
        return tried.isEmpty() ? null : List.copyOf(tried).get(tried.size() - 1);
    }

    /** Who is told how this try ends; call before it reaches a balancer. */
    void onEnd(Consumer<Boolean> listener) {
        this.onEnd = listener;
    }

    /** Whether this try has ended (its balancer may have died with it): later attempt results are stale. */
    boolean over() {
        return over.get();
    }

    /** Ends this try, unless it already ended; returns whether this call ended it. */
    boolean end(boolean ok) {
        if (!over.compareAndSet(false, true)) {
            return false;
        }
        onEnd.accept(ok);
        return true;
    }

    /**
     * Whether the window gets this try's attempt events ({@code EventQueue.sample}): {@code sampled} decides at the
     * first attempt and holds for the later ones, so every attempt of a drawn request ends its dot; a {@code stepped}
     * pick (step mode explains it) is drawn from then on.
     */
    synchronized boolean drawn(boolean sampled, boolean stepped) {
        if (drawn == null || stepped) {
            drawn = sampled || stepped;
        }
        return drawn;
    }

    /** Whether the window got this try's attempt events (false before its first attempt). */
    synchronized boolean drawn() {
        return drawn != null && drawn;
    }

    synchronized void tried(ServerId server) {
        tried.add(server);
    }

    /**
     * Records how the latest attempt ended; {@code server} is null when no server was available, {@code storage} when
     * it did no storage operation.
     */
    synchronized void last(ServerId server, Outcome outcome, StorageAnswer storage) {
        lastServer = server;
        lastOutcome = outcome;
        lastStorage = storage;
    }

    synchronized Wire.Ended ended(boolean ok) {
        return new Wire.Ended(ok, attemptBase + attempts, lastServer, lastOutcome, lastStorage);
    }

    synchronized Set<ServerId> tried() {
        return Set.copyOf(tried);
    }
}
