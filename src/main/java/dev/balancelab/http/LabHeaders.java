package dev.balancelab.http;

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

    private LabHeaders() {}
}
