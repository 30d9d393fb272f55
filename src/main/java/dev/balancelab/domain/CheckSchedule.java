package dev.balancelab.domain;

/** When an active health check sends the next heartbeat to a server. */
public enum CheckSchedule {
    /**
     * Rounds at a fixed rate: every {@code interval} from lab time 0, each server is probed, however long the previous
     * heartbeat took. The lab's first behaviour and the default.
     */
    FIXED_RATE,
    /**
     * HAProxy's: each server's next check starts {@code inter} after its previous one ended (answered, refused or
     * timed out), and the first checks are spread over the first interval, server {@code i} of {@code n} at
     * {@code inter × i / n} (HAProxy {@code src/check.c}: {@code process_chk_conn} sets
     * {@code t->expire = tick_add(now_ms, srv_getinter(check))} when a check completes; {@code start_check_task}
     * starts server {@code srvpos} at {@code mininter × srvpos / nbcheck}). With {@code spread-checks} unset.
     */
    HAPROXY
}
