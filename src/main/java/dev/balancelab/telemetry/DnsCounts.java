package dev.balancelab.telemetry;

/**
 * The DNS resolvers' figures of a lab with a DNS name (issue 14).
 *
 * @param queries answers the name gave (a user's cache was empty or expired)
 * @param cacheHits lookups answered from a user's cache
 * @param staleAnswers lookups answered from a cache that names a balancer which is down (each fails its try)
 * @param pinnedUsers users that ignore the TTL and hold an answer
 */
public record DnsCounts(long queries, long cacheHits, long staleAnswers, long pinnedUsers) {}
