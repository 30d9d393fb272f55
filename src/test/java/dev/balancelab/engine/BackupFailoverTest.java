package dev.balancelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.telemetry.ServerMetrics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lesson 10 in virtual time: s3 and s4 are backups. s1 is killed at 5 s, s2 at 10 s, just after that second's check
 * (DOWN at 13 s: its third refused check, interval 1 s, fall 3); s2 is revived at 20 s and UP again at 21 s (rise 2).
 */
class BackupFailoverTest {
    private static final ServerId S2 = ServerId.of("s2");

    @Test
    void backupsServeOnlyWhileBothPrimariesAreDown() throws Exception {
        try (EngineProbe lab = new EngineProbe(SampleTopologies.load("10-backup-servers.json"), 5, 0)) {
            lab.engine.start();
            lab.time.advanceBy(12_999);
            assertEquals(0, backupsServed(lab), "no backup pick while s2 is up");
            lab.await(S2, HealthState.DOWN);
            assertEquals(13_000, lab.nowMs(), "s2 DOWN at its third refused check");
            long atDown = backupsServed(lab);
            lab.time.advanceBy(8_000);
            long whileDown = backupsServed(lab) - atDown;
            assertTrue(whileDown > 150, "about 30 requests/s for 8 s on the backups, was " + whileDown);
            lab.await(S2, HealthState.UP);
            lab.time.advanceBy(300);
            long back = backupsServed(lab);
            lab.time.advanceBy(5_000);
            assertEquals(back, backupsServed(lab), "the backups go idle once s2 is UP again");
        }
    }

    /** Attempts the backups have completed or failed. */
    private static long backupsServed(EngineProbe lab) {
        Map<ServerId, ServerMetrics> per = lab.engine.snapshot().perServer();
        long n = 0;
        for (String id : new String[] {"s3", "s4"}) {
            ServerMetrics m = per.get(ServerId.of(id));
            n += m.completed() + m.failed() + m.inFlight();
        }
        return n;
    }
}
