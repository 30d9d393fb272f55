package dev.balancelab.domain;

/**
 * The clients' own retry policy (issue 14), apart from the balancer's: a request that fails (its balancer died with
 * it in flight, did not answer, or answered with an error after its own retries) is sent again, to the address the
 * client resolves then, after a fixed backoff — what an HTTP client library's retry does ({@code curl --retry},
 * Apache HttpClient's {@code DefaultHttpRequestRetryStrategy}). A request to a balancer that is down fails at once
 * (connection refused).
 *
 * @param attempts tries per request including the first, 1..10 (1: no client retry)
 * @param backoffMs wait before each retry in lab ms, &gt;= 0
 */
public record ClientRetrySpec(int attempts, long backoffMs) {
    /** No client retries. */
    public static final ClientRetrySpec NONE = new ClientRetrySpec(1, 0);

    /** @throws IllegalArgumentException if out of range */
    public ClientRetrySpec {
        Checks.atLeast("attempts", attempts, 1);
        Checks.atMost("attempts", attempts, 10);
        Checks.atLeast("backoffMs", backoffMs, 0);
    }
}
