package dev.balancelab.cli;

import dev.balancelab.balancing.Algorithm;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.KeyDistribution;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.Limits;
import dev.balancelab.io.JsonOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ring}: how a hash algorithm spreads the keys {@code key-0 ... key-(K-1)} over the servers and, with
 * {@code --remove}, how many keys move when one server goes. The numbers come from {@link KeyDistribution}; this
 * command only formats them, as one JSON object with {@code --json}, otherwise as {@code field: value} lines.
 */
@Command(
        name = "ring",
        mixinStandardHelpOptions = true,
        description = "Show how a hash algorithm spreads keys and what moves when a server goes.")
final class RingCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--algorithm",
            required = true,
            completionCandidates = AlgorithmIds.Hashing.class,
            description = "A hashing algorithm: ${COMPLETION-CANDIDATES}.")
    private String algorithm;

    @Option(names = "--servers", required = true, description = Inputs.SERVERS_DESCRIPTION)
    private String servers;

    @Option(
            names = "--vnodes",
            defaultValue = "100",
            description = "Virtual nodes per weight unit, 1.." + Limits.MAX_VIRTUAL_NODES_PER_WEIGHT
                    + " (default ${DEFAULT-VALUE}); for consistent-hash vnodes × total weight is at most "
                    + Limits.MAX_RING_POINTS + " ring points.")
    private int vnodes;

    @Option(
            names = "--table-size",
            defaultValue = "65537",
            description =
                    "Maglev table size, a prime 2.." + Limits.MAX_MAGLEV_TABLE_SIZE + " (default ${DEFAULT-VALUE}).")
    private int tableSize;

    @Option(
            names = "--keys",
            required = true,
            description = "Number of keys K, 1.." + Limits.MAX_KEYS + ": key-0 ... key-(K-1).")
    private int keyCount;

    @Option(names = "--remove", description = "A server to remove; reports the keys that move.")
    private String remove;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        Algorithm chosen = hashAlgorithm();
        List<Endpoint> endpoints = Inputs.servers(servers);
        Inputs.inRange("--keys", keyCount, 1, Limits.MAX_KEYS);
        PickerConfig config = config(endpoints);
        Optional<List<Endpoint>> rest = Optional.ofNullable(remove).map(id -> without(endpoints, id));
        KeyDistribution.Tally tally = KeyDistribution.tally(
                chosen.newPicker(endpoints, config), rest.map(r -> chosen.newPicker(r, config)), keyCount);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("algorithm", chosen.kind().id());
        report.put("servers", endpoints.stream().map(e -> e.id().value()).toList());
        report.put("keys", tally.keys());
        report.put("load", tally.load());
        report.put("maxOverMean", round4(tally.maxOverMean()));
        tally.movement().ifPresent(m -> {
            report.put("moved", m.moved());
            report.put("movedFraction", round4(m.movedFraction()));
            report.put("movedFromSurvivors", m.movedFromSurvivors());
        });
        print(report);
        return 0;
    }

    private Algorithm hashAlgorithm() {
        List<String> hashing = AlgorithmIds.hashing();
        if (!hashing.contains(algorithm)) {
            throw new InputError(
                    "--algorithm: ring needs one of " + String.join(", ", hashing) + ", was '" + algorithm + "'");
        }
        return Inputs.algorithm(algorithm);
    }

    /** Checks {@code --vnodes} and {@code --table-size} against the file format's ranges, before anything is built. */
    private PickerConfig config(List<Endpoint> endpoints) {
        Inputs.inRange("--vnodes", vnodes, 1, Limits.MAX_VIRTUAL_NODES_PER_WEIGHT);
        if (tableSize > Limits.MAX_MAGLEV_TABLE_SIZE || !AlgorithmParams.isPrime(tableSize)) {
            throw new InputError("--table-size must be a prime 2.." + Limits.MAX_MAGLEV_TABLE_SIZE
                    + " such as 65537, was " + tableSize);
        }
        long totalWeight = endpoints.stream().mapToLong(Endpoint::weight).sum();
        long points = Limits.ringPoints(vnodes, totalWeight);
        if (algorithm.equals("consistent-hash") && points > Limits.MAX_RING_POINTS) {
            throw new InputError("--vnodes " + vnodes + " × --servers total weight " + totalWeight + " = " + points
                    + " ring points, more than " + Limits.MAX_RING_POINTS);
        }
        return new PickerConfig(
                AlgorithmParams.DEFAULT.withVirtualNodesPerWeight(vnodes).withMaglevTableSize(tableSize), 0);
    }

    private static List<Endpoint> without(List<Endpoint> endpoints, String id) {
        List<Endpoint> rest =
                endpoints.stream().filter(e -> !e.id().value().equals(id)).toList();
        if (rest.size() == endpoints.size()) {
            throw new InputError("--remove: no server '" + id + "' in --servers");
        }
        if (rest.isEmpty()) {
            throw new InputError("--remove: cannot remove the only server");
        }
        return rest;
    }

    private void print(Map<String, Object> report) {
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.toJson(report));
        } else {
            report.forEach(
                    (field, value) -> spec.commandLine().getOut().println(field + ": " + JsonOutput.toJson(value)));
        }
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
