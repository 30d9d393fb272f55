package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The balancer's control-plane state: which servers exist, their weights, which are available (not DOWN, not ejected)
 * and which algorithm chooses among them. Every mutation rebuilds an immutable {@link Picker} and publishes it through
 * a volatile reference (grpc-java {@code LoadBalancer} + {@code SubchannelPicker}).
 *
 * <p>Threading: the mutators must be called from one thread at a time (the lab's serial control plane);
 * {@link #picker()} may be called from any thread.
 */
public final class LoadBalancer {
    private final Map<ServerId, Member> members = new LinkedHashMap<>();
    private Algorithm algorithm;
    private final PickerConfig config;
    private volatile Picker picker;

    /**
     * @param algorithm the initial algorithm
     * @param config parameters and seed
     */
    public LoadBalancer(Algorithm algorithm, PickerConfig config) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.config = Objects.requireNonNull(config, "config");
        rebuild();
    }

    /**
     * Adds a server, available, or replaces the weight of an existing one.
     *
     * @param id the server
     * @param weight configured weight, &gt;= 1
     * @param stats its live load, owned by the engine
     */
    public void putServer(ServerId id, int weight, LoadStats stats) {
        Member old = members.get(id);
        members.put(id, new Member(new Endpoint(id, weight, stats), old == null || old.available));
        rebuild();
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
            members.put(id, new Member(m.endpoint, available));
            rebuild();
        }
    }

    /** Switches to another algorithm. */
    public void setAlgorithm(Algorithm newAlgorithm) {
        this.algorithm = Objects.requireNonNull(newAlgorithm, "algorithm");
        rebuild();
    }

    /** The current algorithm. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** The current picker snapshot; safe from any thread. */
    public Picker picker() {
        return picker;
    }

    private void rebuild() {
        List<Endpoint> available = new ArrayList<>();
        for (Member m : members.values()) {
            if (m.available) {
                available.add(m.endpoint);
            }
        }
        picker = algorithm.newPicker(List.copyOf(available), config);
    }

    private record Member(Endpoint endpoint, boolean available) {}
}
