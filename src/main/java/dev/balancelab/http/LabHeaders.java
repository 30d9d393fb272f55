package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.engine.StorageAnswer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The headers the lab adds to answers (and the one its proxy adds to forwarded requests). */
final class LabHeaders {
    /** The server that answered: on the backend's answer and on the proxy's. */
    static final String SERVED_BY = "X-Served-By";
    /** How many attempts the proxy made for this request, retries included. */
    static final String ATTEMPTS = "X-Attempts";
    /** The lab's balancing algorithm, by its file/CLI id. */
    static final String ALGORITHM = "X-Balancer-Algorithm";
    /** On a request the lab's proxy forwarded to a backend: the lab's request id (it is counted by the proxy). */
    static final String REQUEST = "X-Balance-Lab-Request";

    /**
     * On a request the lab's proxy forwarded to a backend: the key its key source derived, which the server's cache
     * looks up.
     */
    static final String KEY = "X-Balance-Lab-Key";
    /** On a backend's answer from a server with a cache: {@code HIT} or {@code MISS} (as Varnish and CDNs say). */
    static final String CACHE = "X-Cache";
    /**
     * On a backend's answer whose request read or wrote the storage tier: {@code read ok r=2/2 replicas=db1,db3,db4},
     * {@code write quorum-failed w=1/2 replicas=…}: the operation, whether it reached its quorum, replicas that
     * answered / the quorum it needed (R or W), and the key's preference list.
     */
    static final String STORAGE = "X-Balance-Lab-Storage";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private LabHeaders() {}

    /**
     * Whether a request with {@code method} writes its key at the storage tier: every method but the safe ones (GET,
     * HEAD, OPTIONS, TRACE: RFC 9110 section 9.2.1) is a write, as POST, PUT, DELETE and PATCH are.
     */
    static boolean writes(String method) {
        return !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** The {@link #STORAGE} header's value for {@code answer}. */
    static String storage(StorageAnswer answer) {
        String kind = answer.write() ? "write" : "read";
        return kind + (answer.ok() ? " ok " : " quorum-failed ") + kind.charAt(0) + "=" + answer.answered() + "/"
                + answer.quorum() + " replicas="
                + answer.targets().stream().map(ServerId::toString).collect(Collectors.joining(","));
    }
}
