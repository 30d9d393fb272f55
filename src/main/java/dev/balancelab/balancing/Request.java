package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.Objects;
import java.util.Set;

/**
 * What a picker may look at when it chooses a server for one attempt of a request.
 *
 * @param id the request id, unique within a run
 * @param key the hash key (a user or session id such as {@code user-17}), used by consistent hashing, Maglev and
 *     rendezvous hashing
 * @param clientAddress the source IPv4 address in dotted form, used by IP hash
 * @param tried servers already tried for this request; a picker avoids them while an untried server is left
 */
public record Request(long id, String key, String clientAddress, Set<ServerId> tried) {
    /** Copies {@code tried}. */
    public Request {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clientAddress, "clientAddress");
        tried = Set.copyOf(tried);
    }

    /** A first attempt with nothing tried yet. */
    public static Request of(long id, String key, String clientAddress) {
        return new Request(id, key, clientAddress, Set.of());
    }
}
