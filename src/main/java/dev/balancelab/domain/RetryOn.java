package dev.balancelab.domain;

/** Which failed attempts a retry policy retries (Envoy {@code retry_on}, nginx {@code proxy_next_upstream}). */
public enum RetryOn {
    /** The server refused the attempt or reset it (crashed, queue full): nginx {@code error}, Envoy {@code reset}. */
    CONNECT_FAILURE,
    /** The attempt hit the per-try timeout: nginx {@code timeout}, Envoy {@code per_try_timeout}. */
    TIMEOUT,
    /** The server answered with an error: nginx {@code http_500}, Envoy {@code 5xx}. */
    ERROR
}
