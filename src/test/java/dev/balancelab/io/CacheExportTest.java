package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import org.junit.jupiter.api.Test;

/**
 * The exports say that they leave out the servers' caches and the storage tier, and say nothing of them when there are
 * none.
 */
class CacheExportTest {
    private static final String NOTE = "    # left out: the backends' own caches (s1 150 keys lru, s2 150 keys lru,"
            + " s3 150 keys lru, s4 150 keys lru); a balancer-side cache (nginx proxy_cache, HAProxy cache) would be"
            + " shared by all servers\n";

    @Test
    void bothExportsNameTheCachesTheyLeaveOut() throws Exception {
        Topology lesson = SampleTopologies.load("12-why-hash-cache-affinity.json");
        String nginx = NginxExport.export(lesson, "backend");
        String haproxy = HaproxyExport.export(lesson, "backend");
        assertTrue(nginx.contains(NOTE + "}\n"), nginx);
        assertTrue(haproxy.endsWith(NOTE), haproxy);
    }

    @Test
    void bothExportsSayTheyLeaveOutTheStorageTier() throws Exception {
        Topology lesson = SampleTopologies.load("15-replication-under-failure.json");
        String note = "    # left out: the storage tier behind the servers (5 nodes, hash partitioning, N=3 W=2 R=2);"
                + " the servers, not the balancer, talk to it\n";
        assertTrue(NginxExport.export(lesson, "backend").contains(note + "}\n"));
        assertTrue(HaproxyExport.export(lesson, "backend").endsWith(note));
        assertFalse(NginxExport.export(SampleTopologies.load("01-round-robin-basics.json"), "backend")
                .contains("storage"));
    }

    @Test
    void noCachesNoNote() throws Exception {
        Topology basics = SampleTopologies.load("01-round-robin-basics.json");
        assertFalse(NginxExport.export(basics, "backend").contains("cache"));
        assertFalse(HaproxyExport.export(basics, "backend").contains("cache"));
    }
}
