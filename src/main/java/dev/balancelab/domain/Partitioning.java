package dev.balancelab.domain;

/** How a {@link StorageSpec storage tier} spreads keys over its nodes. */
public enum Partitioning {
    /**
     * Hash partitioning on a consistent-hashing ring with virtual nodes (Dynamo, DeCandia et al., SOSP 2007, section
     * 4.2; Cassandra's {@code Murmur3Partitioner}): a key belongs to the first node clockwise from its hash.
     */
    HASH,
    /**
     * Range partitioning by split points in key order (Bigtable's tablets, HBase's regions; Cassandra's
     * {@code ByteOrderedPartitioner}): node {@code i} owns the keys from split point {@code i - 1} (inclusive) up to
     * split point {@code i} (exclusive), the first node everything below the first split point, the last everything
     * from the last split point on.
     */
    RANGE
}
