package dev.balancelab.cli;

import dev.balancelab.balancing.Algorithm;
import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.Limits;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parsing of the options {@code picks} and {@code ring} share; every failure is an {@link InputError}. */
final class Inputs {
    /** The {@code --servers} option's description, with the file format's ranges. */
    static final String SERVERS_DESCRIPTION = "Servers as id or id:weight, comma-separated: 1.." + Limits.MAX_SERVERS
            + " servers, weights integers 1.." + Limits.MAX_WEIGHT + " (default 1).";

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
     * Servers from {@code id} or {@code id:weight} items separated by commas, in order: at most
     * {@link Limits#MAX_SERVERS}, weights integers 1..{@link Limits#MAX_WEIGHT} as in a topology file.
     *
     * @param spec for example {@code a:5,b:1,c}
     */
    static List<Endpoint> servers(String spec) {
        List<Endpoint> servers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> items = commaList("--servers", spec);
        if (items.size() > Limits.MAX_SERVERS) {
            throw new InputError("--servers: at most " + Limits.MAX_SERVERS + " servers, was " + items.size());
        }
        for (String item : items) {
            String[] parts = item.split(":", 2);
            String id = parts[0].strip();
            if (id.isEmpty()) {
                throw new InputError("--servers: empty server id in '" + item + "'");
            }
            if (!seen.add(id)) {
                throw new InputError("--servers: duplicate server id '" + id + "'");
            }
            int weight = parts.length == 2 ? weight("--servers: weight of '" + id + "'", parts[1].strip()) : 1;
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

    /** Fails naming {@code option} unless {@code min <= value <= max}. */
    static int inRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InputError(option + " must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /**
     * A server weight: an integer 1..{@link Limits#MAX_WEIGHT}, the range of a topology file's {@code weight}.
     *
     * @param what names the value in the message, for example {@code --servers: weight of 'b'}
     */
    static int weight(String what, String text) {
        if (text.matches("\\d{1,4}")) {
            int weight = Integer.parseInt(text);
            if (weight >= 1 && weight <= Limits.MAX_WEIGHT) {
                return weight;
            }
        }
        throw new InputError(what + " must be an integer 1.." + Limits.MAX_WEIGHT + ", was '" + text + "'");
    }

    /**
     * A rate in requests/s: a finite number 0..{@link Limits#MAX_RATE}, the range of a topology file's rates.
     *
     * @param what names the value in the message, for example {@code --rate}
     */
    static double rate(String what, String text) {
        try {
            double rate = Double.parseDouble(text.strip());
            if (rate >= 0 && rate <= Limits.MAX_RATE) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputError(what + " must be a number of requests/s 0.." + Limits.MAX_RATE + ", was '" + text + "'");
    }
}
