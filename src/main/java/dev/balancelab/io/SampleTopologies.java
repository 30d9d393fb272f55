package dev.balancelab.io;

import dev.balancelab.domain.Topology;
import java.io.InputStream;
import java.util.List;

/**
 * The lessons shipped with Balance Lab: the files of {@code sample-topologies/}, bundled as classpath resources
 * {@code /sample-topologies/<name>}. Thread-safe.
 */
public final class SampleTopologies {
    private static final String FOLDER = "/sample-topologies/";
    private static final List<String> NAMES = List.of(
            "01-round-robin-basics.json",
            "02-weighted-heterogeneous.json",
            "03-consistent-hashing-failover.json",
            "04-least-connections-slow-server.json",
            "05-round-robin-vs-random.json",
            "06-least-response-time.json",
            "07-maglev-vs-ring.json",
            "08-retry-storm.json",
            "09-gray-failure-outlier-ejection.json",
            "10-backup-servers.json",
            "11-push-heartbeats.json",
            "12-why-hash-cache-affinity.json",
            "13-hash-mod-n-cache-flush.json",
            "14-range-vs-hash-partitioning.json",
            "15-replication-under-failure.json",
            "20-challenge-failover-without-failures.json",
            "21-challenge-weights-for-unequal-servers.json",
            "22-challenge-virtual-nodes.json",
            "23-challenge-slow-server.json",
            "24-challenge-stop-the-retry-storm.json",
            "30-guided-consistent-hashing-failover.json",
            "31-guided-slow-server.json",
            "32-guided-retry-storm.json",
            "40-ha-vip-failover-preempt.json",
            "41-ha-dns-ttl-drain.json",
            "42-ha-regional-failover.json");

    private SampleTopologies() {}

    /** The samples' file names, for example {@code 01-round-robin-basics.json}, sorted (lesson order). */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Loads the sample called {@code name} (one of {@link #names()}).
     *
     * @throws TopologyFileException if there is no such sample or it cannot be read; its messages name {@code name}
     */
    public static Topology load(String name) throws TopologyFileException {
        InputStream in = NAMES.contains(name) ? SampleTopologies.class.getResourceAsStream(FOLDER + name) : null;
        if (in == null) {
            throw TopologyFileException.whole(name, "no such sample topology");
        }
        return TopologyFiles.read(in, name);
    }
}
