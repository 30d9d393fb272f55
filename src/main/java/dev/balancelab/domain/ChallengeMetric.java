package dev.balancelab.domain;

/**
 * A figure a challenge bounds, measured at the end of its headless run; every one is better when lower. In files, the
 * constant's name in kebab case ({@code p99-ms}).
 */
public enum ChallengeMetric {
    /** Median latency of completed requests, ms. */
    P50_MS,
    /** 95th percentile latency, ms. */
    P95_MS,
    /** 99th percentile latency, ms. */
    P99_MS,
    /** Requests that failed after every attempt. */
    FAILED,
    /** Failed requests as a percent of requests sent. */
    FAILED_PERCENT,
    /** Retries sent. */
    RETRIES,
    /** Attempts per request sent (1 = no retries; a retry storm multiplies it). */
    AMPLIFICATION,
    /** The busiest server's requests over the mean of all servers (1 = perfectly even). */
    FAIRNESS,
    /** Keys whose requests went to more than one server, as a percent of keys seen. */
    KEYS_MOVED_PERCENT
}
