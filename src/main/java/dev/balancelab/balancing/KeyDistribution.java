package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which server an algorithm assigns each of a list of keys to, and how that assignment changes when servers change:
 * the numbers behind the {@code ring} command and the hash-ring view. Each key is picked once as a first attempt with
 * the key as both {@link Request#key()} and {@link Request#clientAddress()}, so IP hash sees it as the address.
 */
public final class KeyDistribution {
    private final List<ServerId> servers;
    private final List<ServerId> owners;

    private KeyDistribution(List<ServerId> servers, List<ServerId> owners) {
        this.servers = servers;
        this.owners = owners;
    }

    /** The keys {@code key-0 ... key-(count-1)}. */
    public static List<String> keys(int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(key(i));
        }
        return keys;
    }

    /** Key number {@code i}: {@code key-i}. */
    public static String key(int i) {
        return "key-" + i;
    }

    /**
     * Counts how {@code before} spreads the keys {@code key-0 ... key-(count-1)} and, if {@code after} is given, how
     * many of them it assigns elsewhere. Keys are made and picked one at a time and only per-server counts are kept,
     * so memory is O(servers) whatever {@code count}; time is {@code count} picks per picker.
     *
     * @param before a hashing picker over at least one server
     * @param after a hashing picker over the servers after a change, or empty
     * @param count the number of keys, &gt;= 0
     * @throws IllegalArgumentException if a picker has no servers
     */
    public static Tally tally(Picker before, Optional<Picker> after, int count) {
        Map<ServerId, Integer> load = emptyLoad(ids(before));
        Optional<MovementCounter> movement = after.map(a -> new MovementCounter(ids(a)));
        for (int i = 0; i < count; i++) {
            String key = key(i);
            ServerId owner = owner(before, i, key);
            load.merge(owner, 1, Integer::sum);
            int index = i;
            movement.ifPresent(m -> m.add(owner, owner(after.get(), index, key)));
        }
        return new Tally(count, Collections.unmodifiableMap(load), movement.map(m -> m.movement(count)));
    }

    /**
     * Assigns every key with a fresh picker.
     *
     * @param algorithm the algorithm
     * @param endpoints the servers, at least one
     * @param config parameters and seed
     * @param keys the keys
     * @throws IllegalArgumentException if {@code endpoints} is empty
     */
    public static KeyDistribution assign(
            Algorithm algorithm, List<Endpoint> endpoints, PickerConfig config, List<String> keys) {
        return assign(algorithm.newPicker(endpoints, config), keys);
    }

    /**
     * Assigns every key with {@code picker} itself, for example the live snapshot a hash-ring view draws. Meant for
     * hashing pickers, whose choice depends on the key alone; a stateful picker (round robin) would advance its state.
     *
     * @param picker the picker, over at least one server
     * @param keys the keys
     * @throws IllegalArgumentException if the picker has no servers
     */
    public static KeyDistribution assign(Picker picker, List<String> keys) {
        List<ServerId> servers = ids(picker);
        List<ServerId> owners = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            owners.add(owner(picker, i, keys.get(i)));
        }
        return new KeyDistribution(servers, List.copyOf(owners));
    }

    private static List<ServerId> ids(Picker picker) {
        List<Endpoint> endpoints = picker.endpoints();
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no servers");
        }
        return endpoints.stream().map(Endpoint::id).toList();
    }

    private static ServerId owner(Picker picker, int i, String key) {
        return picker.pick(Request.of(i, key, key)).id();
    }

    private static Map<ServerId, Integer> emptyLoad(List<ServerId> servers) {
        Map<ServerId, Integer> load = new LinkedHashMap<>();
        for (ServerId s : servers) {
            load.put(s, 0);
        }
        return load;
    }

    private static double maxOverMean(Map<ServerId, Integer> load, int keys) {
        double mean = keys / (double) load.size();
        return Collections.max(load.values()) / mean;
    }

    /** The owner of each key, in key order; immutable. */
    public List<ServerId> owners() {
        return owners;
    }

    /** Keys owned per server, in server order, including servers that own none. */
    public Map<ServerId, Integer> load() {
        Map<ServerId, Integer> load = emptyLoad(servers);
        for (ServerId o : owners) {
            load.merge(o, 1, Integer::sum);
        }
        return load;
    }

    /** The most keys any server owns divided by the mean (keys / servers); 1 is perfectly even. */
    public double maxOverMean() {
        return maxOverMean(load(), owners.size());
    }

    /**
     * Compares this assignment with {@code after}, over the same keys.
     *
     * @throws IllegalArgumentException if the key counts differ
     */
    public Movement movementTo(KeyDistribution after) {
        if (after.owners.size() != owners.size()) {
            throw new IllegalArgumentException(
                    "different key counts: " + owners.size() + " and " + after.owners.size());
        }
        MovementCounter counter = new MovementCounter(after.servers);
        for (int i = 0; i < owners.size(); i++) {
            counter.add(owners.get(i), after.owners.get(i));
        }
        return counter.movement(owners.size());
    }

    /**
     * What {@link #tally} counted.
     *
     * @param keys the number of keys
     * @param load keys owned per server before the change, in server order, including servers that own none
     * @param movement how many keys moved, if an after-picker was given
     */
    public record Tally(int keys, Map<ServerId, Integer> load, Optional<Movement> movement) {
        /** The most keys any server owns divided by the mean (keys / servers); 1 is perfectly even. */
        public double maxOverMean() {
            return KeyDistribution.maxOverMean(load, keys);
        }
    }

    /** Counts keys whose owner changed, and among them those whose old owner survives the change. */
    private static final class MovementCounter {
        private final Set<ServerId> survivors;
        private int moved;
        private int fromSurvivors;

        MovementCounter(List<ServerId> serversAfter) {
            survivors = new HashSet<>(serversAfter);
        }

        void add(ServerId before, ServerId after) {
            if (!before.equals(after)) {
                moved++;
                if (survivors.contains(before)) {
                    fromSurvivors++;
                }
            }
        }

        Movement movement(int keys) {
            return new Movement(moved, keys == 0 ? 0 : moved / (double) keys, fromSurvivors);
        }
    }

    /**
     * How many keys changed owner between two assignments.
     *
     * @param moved keys whose owner changed
     * @param movedFraction {@code moved / keys}, in [0, 1]
     * @param movedFromSurvivors moved keys whose old owner still exists: zero for a minimally disruptive algorithm
     */
    public record Movement(int moved, double movedFraction, int movedFromSurvivors) {}
}
