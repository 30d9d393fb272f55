package dev.balancelab.engine;

import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import dev.balancelab.telemetry.LabEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A VRRP group holding one virtual IP, as keepalived runs it (keepalived {@code vrrp.c}; RFC 5798 §6.4). Each router
 * is BACKUP, MASTER or down with its balancer. The MASTER sends an advertisement every advert interval; a BACKUP
 * restarts its master-down timer ({@link VipSpec#masterDownNanos}) on each advertisement it accepts and becomes
 * MASTER when it expires: it then advertises at once and takes the address (gratuitous ARP), and a MASTER that hears
 * a higher priority steps down (§6.4.3). With preempt a BACKUP ignores adverts of lower priority (§6.4.2), so a
 * revived higher-priority router takes the address back one master-down interval after it starts. A crashed router
 * just stops advertising (no priority-0 "resign" advert: that is a clean shutdown). At lab start the router of highest
 * priority is MASTER (keepalived's {@code state MASTER}); a revived one starts as BACKUP (§6.4.1). Runs on the control
 * plane and the lab scheduler; the adverts travel instantly.
 */
final class Vrrp {
    private enum State {
        BACKUP,
        MASTER,
        DOWN
    }

    private final class Router {
        final BalancerNode node;
        final int priority;
        State state = State.BACKUP;
        /** Bumped whenever its timers are re-armed, so that stale timer tasks do nothing. */
        long epoch;

        Router(BalancerNode node, int priority) {
            this.node = node;
            this.priority = priority;
        }
    }

    private final VipSpec spec;
    private final LabScheduler scheduler;
    private final ControlPlane plane;
    private final EventLog log;
    private final List<Router> routers = new ArrayList<>();
    private volatile BalancerNode holder;

    Vrrp(VipSpec spec, List<BalancerNode> members, LabScheduler scheduler, ControlPlane plane, EventLog log) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.plane = plane;
        this.log = log;
        for (VrrpMember m : spec.members()) {
            BalancerNode node = members.stream()
                    .filter(b -> b.id.equals(m.balancer()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no balancer " + m.balancer()));
            routers.add(new Router(node, m.priority()));
        }
    }

    /** The balancer the address reaches now (the last MASTER, even after it died), null before the start. */
    BalancerNode holder() {
        return holder;
    }

    /** Whether {@code node} is in this group. */
    boolean member(BalancerNode node) {
        return routers.stream().anyMatch(r -> r.node == node);
    }

    /** Starts the group on the control plane: the highest priority is MASTER, the others wait as BACKUP. */
    void start() {
        plane.execute(() -> {
            Router first = routers.stream()
                    .max((a, b) -> Integer.compare(a.priority, b.priority))
                    .orElseThrow();
            for (Router r : routers) {
                if (r == first) {
                    becomeMaster(r);
                } else {
                    armMasterDown(r, spec.masterDownNanos(r.priority));
                }
            }
        });
    }

    /** {@code node} crashed: its router stops (on the control plane). */
    void down(BalancerNode node) {
        router(node).ifPresent(r -> {
            r.state = State.DOWN;
            r.epoch++;
        });
    }

    /** {@code node} started again: its router initializes as BACKUP (on the control plane). */
    void up(BalancerNode node) {
        router(node).ifPresent(r -> {
            r.state = State.BACKUP;
            armMasterDown(r, spec.masterDownNanos(r.priority));
        });
    }

    private java.util.Optional<Router> router(BalancerNode node) {
        return routers.stream().filter(r -> r.node == node).findFirst();
    }

    private void armMasterDown(Router r, long delayNanos) {
        long epoch = ++r.epoch;
        scheduler.after(
                delayNanos,
                () -> plane.execute(() -> {
                    if (r.epoch == epoch && r.state == State.BACKUP) {
                        becomeMaster(r);
                    }
                }));
    }

    private void becomeMaster(Router r) {
        r.state = State.MASTER;
        r.epoch++;
        BalancerNode before = holder;
        holder = r.node;
        long now = scheduler.clock().labNanos();
        if (before != r.node) {
            log.keep(new LabEvent.VipMoved(spec.address(), before == null ? null : before.id, r.node.id, now));
        }
        advertise(r, r.epoch);
    }

    /** Sends one advert from MASTER {@code r} and arms the next; stops when {@code r} is no longer that MASTER. */
    private void advertise(Router r, long epoch) {
        if (r.epoch != epoch || r.state != State.MASTER) {
            return;
        }
        log.offer(new LabEvent.VrrpAdvert(
                spec.address(), r.node.id, r.priority, scheduler.clock().labNanos()));
        for (Router other : routers) {
            if (other != r) {
                receive(other, r);
            }
        }
        if (r.state == State.MASTER && r.epoch == epoch) {
            scheduler.after(spec.advertMs() * 1_000_000L, () -> plane.execute(() -> advertise(r, epoch)));
        }
    }

    /** Router {@code r} hears an advert of MASTER {@code from} (RFC 5798 §6.4.2 and §6.4.3). */
    private void receive(Router r, Router from) {
        switch (r.state) {
            case BACKUP -> {
                if (!spec.preempt() || from.priority >= r.priority) {
                    armMasterDown(r, spec.masterDownNanos(r.priority));
                }
            }
            case MASTER -> {
                if (from.priority > r.priority
                        || (from.priority == r.priority && from.node.id.compareTo(r.node.id) > 0)) {
                    r.state = State.BACKUP;
                    armMasterDown(r, spec.masterDownNanos(r.priority));
                }
            }
            case DOWN -> {}
        }
    }
}
