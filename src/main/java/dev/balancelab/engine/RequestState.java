package dev.balancelab.engine;

import dev.balancelab.domain.ServerId;
import java.util.LinkedHashSet;
import java.util.Set;

/** One request in flight: its identity, hash inputs and the servers its attempts went to. */
final class RequestState {
    final long id;
    final int clientIndex;
    final String key;
    final String clientAddress;
    final long startLabNanos;

    private final Set<ServerId> tried = new LinkedHashSet<>();
    private int attempts;

    RequestState(long id, int clientIndex, String key, String clientAddress, long startLabNanos) {
        this.id = id;
        this.clientIndex = clientIndex;
        this.key = key;
        this.clientAddress = clientAddress;
        this.startLabNanos = startLabNanos;
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

    synchronized Set<ServerId> tried() {
        return Set.copyOf(tried);
    }
}
