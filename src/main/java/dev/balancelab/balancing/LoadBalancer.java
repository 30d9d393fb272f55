package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The balancer's control-plane state: which servers exist, their weights, which are available (not DOWN, not ejected)
 * and which algorithm chooses among them. A mutation that changes any of these builds one new immutable
 * {@link Picker} and publishes it through a volatile reference (grpc-java {@code LoadBalancer} +
 * {@code SubchannelPicker}); a mutation that changes nothing (the same weight again, the same algorithm again) leaves
 * the picker alone.
 *
 * <p>Picker generations: while the algorithm stays the same, each new picker is built with
 * {@link Algorithm#nextPicker} from the previous one and keeps its per-pick state across weight changes and
 * availability changes alike: the round-robin cursor is shared by every generation, as grpc-java's
 * {@code RoundRobinLoadBalancer} shares one sequence across its pickers, and smooth weighted round robin keeps each
 * server's current weight by id, as nginx keeps {@code current_weight} in the peer itself
 * ({@code ngx_http_upstream_round_robin.c}). Switching the algorithm starts from fresh state.
 *
 * <p>Backup servers ({@link #setBackups}): the picker is built over the available non-backup servers; only when none
 * of them is available is it built over the available backups. This is the one place every algorithm honours
 * {@code backup}, as nginx keeps backup peers in a second peer list ({@code peers->next}) that
 * {@code ngx_http_upstream_get_round_robin_peer} tries only when the primary list has no usable peer
 * ({@code ngx_http_upstream_round_robin.c}), and as HAProxy balances over its backup servers only when no active
 * server is usable, over all of them with {@code option allbackups} ({@code srv_is_usable}, the separate backup trees
 * of {@code lb_fwrr.c}, {@code lb_chash.c}, ...). Each algorithm then runs unchanged over that set: the backups share
 * the load by weight, hash keys over a ring of backups only, and so on. One difference remains
 * ({@code docs/fidelity.md}): nginx also moves to the backup list within a single request once every primary peer
 * has failed for it, before any is marked down; here the backups take over when the health check has taken the last
 * primary out.
 *
 * <p>Threading: the mutators must be called from one thread at a time (the lab's serial control plane);
 * {@link #picker()} may be called from any thread.
 */
public final class LoadBalancer {
    private final PickerConfig config;
    private Map<ServerId, Member> members = Map.of();
    private Set<ServerId> backups = Set.of();
    private Algorithm algorithm;
    private volatile Picker picker;

    /**
     * A balancer with no servers yet.
     *
     * @param algorithm the initial algorithm
     * @param config parameters and seed
     */
    public LoadBalancer(Algorithm algorithm, PickerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        publish(new LinkedHashMap<>(), Objects.requireNonNull(algorithm, "algorithm"));
    }

    /**
     * Adds a server, available, or replaces the weight and stats of an existing one; see {@link #putServers}.
     *
     * @param id the server
     * @param weight configured weight, &gt;= 1
     * @param stats its live load, owned by the engine
     * @throws IllegalArgumentException if {@code weight} &lt; 1 or the algorithm cannot build a picker over the new set
     */
    public void putServer(ServerId id, int weight, LoadStats stats) {
        putServers(List.of(new Endpoint(id, weight, stats)));
    }

    /**
     * Adds servers (available) or replaces the weight and stats of existing ones, then builds one picker for all of
     * them: a topology of N servers costs one ring or table build, not N. Endpoints equal to the current ones (same
     * weight, same stats) change nothing and do not rebuild the picker.
     *
     * @param endpoints the servers, in topology order for new ones
     * @throws IllegalArgumentException if the algorithm cannot build a picker over the new set (for example a ring
     *     past {@link HashRing#MAX_POINTS}); then nothing changes
     */
    public void putServers(List<Endpoint> endpoints) {
        Map<ServerId, Member> next = new LinkedHashMap<>(members);
        for (Endpoint e : endpoints) {
            Member old = next.get(e.id());
            next.put(e.id(), new Member(e, old == null || old.available));
        }
        if (!next.equals(members)) {
            publish(next, algorithm);
        }
    }

    /**
     * Marks a server available or not (health checks, ejection). Unknown ids are ignored.
     *
     * @param id the server
     * @param available whether the picker may choose it
     */
    public void setAvailable(ServerId id, boolean available) {
        Member m = members.get(id);
        if (m != null && m.available != available) {
            Map<ServerId, Member> next = new LinkedHashMap<>(members);
            next.put(id, new Member(m.endpoint, available));
            publish(next, algorithm);
        }
    }

    /**
     * Sets which servers are backups: they get no picks while any other server is available. Ids of servers not (yet)
     * added count once they are.
     *
     * @param ids the backup servers
     */
    public void setBackups(Set<ServerId> ids) {
        Set<ServerId> next = Set.copyOf(ids);
        if (!next.equals(backups)) {
            backups = next;
            publish(members, algorithm);
        }
    }

    /** Switches to another algorithm, with fresh picker state; the same algorithm again changes nothing. */
    public void setAlgorithm(Algorithm newAlgorithm) {
        if (!newAlgorithm.equals(algorithm)) {
            publish(members, newAlgorithm);
        }
    }

    /** The current algorithm. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** The current picker snapshot; safe from any thread. */
    public Picker picker() {
        return picker;
    }

    /** Builds the picker for {@code nextMembers} first, so a build that throws leaves everything as it was. */
    private void publish(Map<ServerId, Member> nextMembers, Algorithm nextAlgorithm) {
        List<Endpoint> primaries = new ArrayList<>();
        List<Endpoint> standby = new ArrayList<>();
        for (Member m : nextMembers.values()) {
            if (m.available) {
                (backups.contains(m.endpoint.id()) ? standby : primaries).add(m.endpoint);
            }
        }
        boolean backupsNow = primaries.isEmpty() && !standby.isEmpty();
        Picker previous = nextAlgorithm.equals(algorithm) ? picker : null;
        Picker built = nextAlgorithm.nextPicker(previous, List.copyOf(backupsNow ? standby : primaries), config);
        members = nextMembers;
        algorithm = nextAlgorithm;
        picker = built;
    }

    private record Member(Endpoint endpoint, boolean available) {}
}
