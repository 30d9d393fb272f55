package dev.balancelab.telemetry;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import java.util.List;
import java.util.Locale;

/**
 * Something the engine did, for the window to draw. Small immutable records, queued lock-free and drained by the UI
 * once per pulse. Times are lab time in ns since the engine was built (frozen while paused, scaled by the speed),
 * in real and virtual time alike.
 */
public sealed interface LabEvent {
    /** When it happened, in lab ns. */
    long nanos();

    /**
     * An attempt left the balancer for a server.
     *
     * @param requestId the request
     * @param attempt 1 for the first attempt, 2 for the first retry, ...
     * @param clientIndex index of the sending client in the topology
     * @param key the request's hash key, e.g. {@code user-17}
     * @param server the chosen server
     * @param nanos when
     */
    record AttemptStarted(long requestId, int attempt, int clientIndex, String key, ServerId server, long nanos)
            implements LabEvent {}

    /**
     * An attempt ended.
     *
     * @param requestId the request
     * @param attempt attempt number, from 1
     * @param server the server it was sent to, or null for {@link Outcome#NO_SERVER}
     * @param outcome how it ended
     * @param willRetry whether the retry policy will send another attempt of this request (always false when
     *     {@code outcome} is {@link Outcome#OK})
     * @param nanos when
     */
    record AttemptEnded(long requestId, int attempt, ServerId server, Outcome outcome, boolean willRetry, long nanos)
            implements LabEvent {}

    /**
     * Why a pick frozen by step mode went where it went ("Why this server?"), in the algorithm's own state.
     *
     * @param requestId the request
     * @param attempt attempt number, from 1
     * @param algorithm the algorithm
     * @param server the chosen server, or null if none was available
     * @param reasons the algorithm's explanation, one line each, translatable
     * @param nanos when
     */
    record Decided(
            long requestId, int attempt, AlgorithmKind algorithm, ServerId server, List<Reason> reasons, long nanos)
            implements LabEvent {
        /** Copies {@code reasons}. */
        public Decided {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One heartbeat result: the check ran from {@code nanos − rttMs} to {@code nanos} (a timeline draws it as that
     * span).
     *
     * @param server the probed server
     * @param ok whether it answered within the timeout
     * @param rttMs lab ms from sending to the result: the answer's round trip, about 0 for a refusal (a killed server),
     *     the timeout when it did not answer (a hung one)
     * @param nanos when the result was known, the check's end
     */
    record Heartbeat(ServerId server, boolean ok, double rttMs, long nanos) implements LabEvent {}

    /**
     * The active health check moved a server from one state to another (UP, SUSPECT, DOWN; never
     * {@link HealthState#EJECTED}: outlier ejection is its own flag, {@link Ejected} and {@link Unejected}).
     *
     * @param server the server
     * @param from state before
     * @param to state after
     * @param nanos when
     */
    record HealthChanged(ServerId server, HealthState from, HealthState to, long nanos) implements LabEvent {}

    /**
     * Outlier detection ejected a server (Envoy's {@code EJECT} outlier event); it gets no traffic until
     * {@link Unejected}, whatever its active health check says, and its heartbeats go on.
     *
     * @param server the server
     * @param ejectionMs how long this ejection lasts, in lab ms (base ejection time × times ejected)
     * @param nanos when
     */
    record Ejected(ServerId server, long ejectionMs, long nanos) implements LabEvent {}

    /**
     * A server's ejection ended (Envoy's {@code UNEJECT}); it is available again if its active check says so.
     *
     * @param server the server
     * @param nanos when
     */
    record Unejected(ServerId server, long nanos) implements LabEvent {}

    /**
     * A failure was injected, or cleared ({@link FailureMode#NONE}: a revive).
     *
     * @param server the server
     * @param mode the failure now in force
     * @param nanos when
     */
    record Injected(ServerId server, FailureMode mode, long nanos) implements LabEvent {
        /** The kind of the failure now in force; {@link FailureKind#NONE} for a revive. */
        public FailureKind kind() {
            return mode.kind();
        }

        /**
         * The scenario word for it, as the CLI reports it: {@code "kill"} for a crash, {@code "revive"} for none, the
         * kind in kebab case otherwise ({@code "error-rate"}).
         */
        public String type() {
            return switch (mode.kind()) {
                case CRASH -> "kill";
                case NONE -> "revive";
                default -> mode.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            };
        }
    }

    /**
     * A server read or wrote a request's key on the storage tier (Dynamo's coordinator sending to the key's replicas).
     *
     * @param requestId the request
     * @param server the server that sent it
     * @param key the key
     * @param write a write, else a read
     * @param targets the storage nodes it went to
     * @param refused the targets that were down and refused at once
     * @param standIns the targets standing in for down replicas (sloppy quorum), which keep a hint on a write
     * @param ok whether it reached its quorum
     * @param latencyNanos lab ns until the quorum answered; 0 when it failed
     * @param nanos when it was sent
     */
    record StorageOp(
            long requestId,
            ServerId server,
            String key,
            boolean write,
            List<ServerId> targets,
            List<ServerId> refused,
            List<ServerId> standIns,
            boolean ok,
            long latencyNanos,
            long nanos)
            implements LabEvent {
        /** Copies the lists. */
        public StorageOp {
            targets = List.copyOf(targets);
            refused = List.copyOf(refused);
            standIns = List.copyOf(standIns);
        }
    }

    /**
     * A revived storage node got back the writes a stand-in kept for it (Dynamo's hinted handoff, section 4.6).
     *
     * @param holder the stand-in that kept the hints
     * @param home the revived replica they belong to
     * @param keys how many hinted writes
     * @param nanos when
     */
    record HintsHandedOff(ServerId holder, ServerId home, int keys, long nanos) implements LabEvent {}

    // ---- The balancer tier (issue 14): several balancers, a VRRP virtual IP, DNS, regions.

    /**
     * A balancer crashed ({@code alive} false: requests in flight through it fail, it refuses new ones, its adverts
     * and health checks stop) or was started again (true: empty, every server UP in its own view).
     *
     * @param balancer the balancer's id
     * @param alive whether it runs now
     * @param nanos when
     */
    record BalancerChanged(String balancer, boolean alive, long nanos) implements LabEvent {}

    /**
     * A client handed a request (a first try or a client retry) to a balancer, or found it down.
     *
     * @param requestId the request
     * @param clientIndex index of the sending client in the topology
     * @param balancer the balancer's id, or null if the client had none to send to (no VIP holder, no live site)
     * @param reached false if the balancer is down (the request fails at once: connection refused)
     * @param nanos when
     */
    record Routed(long requestId, int clientIndex, String balancer, boolean reached, long nanos) implements LabEvent {}

    /**
     * A VRRP MASTER sent an advertisement to its group (RFC 5798 §6.4.3), every advert interval while it runs.
     *
     * @param vip the virtual address
     * @param from the sending balancer's id
     * @param priority its priority, 1..254
     * @param nanos when
     */
    record VrrpAdvert(String vip, String from, int priority, long nanos) implements LabEvent {}

    /**
     * The virtual address moved: a router became MASTER and sent its gratuitous ARP, so clients' packets reach it.
     *
     * @param vip the virtual address
     * @param from the balancer that held it, or null at the start
     * @param to the new MASTER
     * @param nanos when
     */
    record VipMoved(String vip, String from, String to, long nanos) implements LabEvent {}

    /**
     * A user's resolver asked the DNS name (its cache was empty or expired) and got one balancer's address.
     *
     * @param clientIndex index of the client in the topology
     * @param key the user, e.g. {@code user-17}
     * @param balancer the answer, or null if no balancer of the name was live
     * @param pinned whether this user ignores the TTL and keeps the answer for good
     * @param nanos when
     */
    record DnsAnswered(int clientIndex, String key, String balancer, boolean pinned, long nanos) implements LabEvent {}

    /**
     * An event of a balancer other than the first (issue 14), naming it: its own health checker's {@link Heartbeat},
     * {@link HealthChanged}, {@link Ejected} and {@link Unejected} (each balancer probes its servers itself, so their
     * views can disagree for a while). The first balancer's come bare, as in a lab of one balancer; attempts and picks
     * come bare from every balancer (a request's {@link Routed} names the balancer it went through).
     *
     * @param balancer the balancer's id
     * @param event its event
     */
    record OfBalancer(String balancer, LabEvent event) implements LabEvent {
        @Override
        public long nanos() {
            return event.nanos();
        }
    }
}
