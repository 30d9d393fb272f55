package dev.balancelab.balancing;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            keys.add("key-" + i);
        }
        return keys;
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
        List<Endpoint> endpoints = picker.endpoints();
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no servers");
        }
        List<ServerId> owners = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            owners.add(picker.pick(Request.of(i, keys.get(i), keys.get(i))).id());
        }
        return new KeyDistribution(endpoints.stream().map(Endpoint::id).toList(), List.copyOf(owners));
    }

    /** The owner of each key, in key order; immutable. */
    public List<ServerId> owners() {
        return owners;
    }

    /** Keys owned per server, in server order, including servers that own none. */
    public Map<ServerId, Integer> load() {
        Map<ServerId, Integer> load = new LinkedHashMap<>();
        for (ServerId s : servers) {
            load.put(s, 0);
        }
        for (ServerId o : owners) {
            load.merge(o, 1, Integer::sum);
        }
        return load;
    }

    /** The most keys any server owns divided by the mean (keys / servers); 1 is perfectly even. */
    public double maxOverMean() {
        double mean = owners.size() / (double) servers.size();
        return Collections.max(load().values()) / mean;
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
        Set<ServerId> survivors = new HashSet<>(after.servers);
        int moved = 0;
        int fromSurvivors = 0;
        for (int i = 0; i < owners.size(); i++) {
            ServerId before = owners.get(i);
            if (!before.equals(after.owners.get(i))) {
                moved++;
                if (survivors.contains(before)) {
                    fromSurvivors++;
                }
            }
        }
        return new Movement(moved, owners.isEmpty() ? 0 : moved / (double) owners.size(), fromSurvivors);
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
