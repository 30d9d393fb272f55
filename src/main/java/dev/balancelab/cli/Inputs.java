package dev.balancelab.cli;

import dev.balancelab.balancing.Algorithm;
import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parsing of the options {@code picks} and {@code ring} share; every failure is an {@link InputError}. */
final class Inputs {
    private Inputs() {}

    /** The algorithm whose id is {@code id}. */
    static Algorithm algorithm(String id) {
        try {
            return Algorithms.byId(id);
        } catch (IllegalArgumentException e) {
            throw new InputError("--algorithm: " + e.getMessage());
        }
    }

    /**
     * Servers from {@code id} or {@code id:weight} items separated by commas, in order.
     *
     * @param spec for example {@code a:5,b:1,c}
     */
    static List<Endpoint> servers(String spec) {
        List<Endpoint> servers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : commaList("--servers", spec)) {
            String[] parts = item.split(":", 2);
            String id = parts[0].strip();
            if (id.isEmpty()) {
                throw new InputError("--servers: empty server id in '" + item + "'");
            }
            if (!seen.add(id)) {
                throw new InputError("--servers: duplicate server id '" + id + "'");
            }
            int weight = parts.length == 2 ? weight(id, parts[1].strip()) : 1;
            servers.add(new Endpoint(ServerId.of(id), weight, new LoadStats(AlgorithmParams.DEFAULT.ewmaDecayMs())));
        }
        return servers;
    }

    /** The items of a comma-separated list; an empty list or an empty item is an error naming {@code option}. */
    static List<String> commaList(String option, String text) {
        if (text.isBlank()) {
            throw new InputError(option + ": empty list");
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.isBlank()) {
                throw new InputError(option + ": empty item in '" + text + "'");
            }
            items.add(item.strip());
        }
        return items;
    }

    /** Fails naming {@code option} unless {@code value >= min}. */
    static int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new InputError(option + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    private static int weight(String id, String text) {
        try {
            int weight = Integer.parseInt(text);
            if (weight >= 1) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputError("--servers: weight of '" + id + "' must be a positive integer, was '" + text + "'");
    }
}
