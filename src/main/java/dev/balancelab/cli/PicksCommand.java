package dev.balancelab.cli;

import dev.balancelab.balancing.Algorithm;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.Limits;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code picks}: prints the server an algorithm picks for each of N first-attempt requests, one id per line. Request
 * {@code i} has key {@code keys[i mod K]} (or {@code key-i} without {@code --keys}) as both its hash key and its client
 * address; no load is simulated, so least-connections variants pick by their tie rules.
 */
@Command(
        name = "picks",
        mixinStandardHelpOptions = true,
        description = "Print the servers an algorithm picks, one per line.")
final class PicksCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--algorithm",
            required = true,
            completionCandidates = AlgorithmIds.class,
            description = "One of ${COMPLETION-CANDIDATES}.")
    private String algorithm;

    @Option(names = "--servers", required = true, description = Inputs.SERVERS_DESCRIPTION)
    private String servers;

    @Option(
            names = "--count",
            description = "Number of picks, 1.." + Limits.MAX_KEYS + "; defaults to the number of --keys.")
    private Integer count;

    @Option(names = "--keys", description = "Hash keys (client addresses for ip-hash), comma-separated; one per pick.")
    private String keys;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed for the random algorithms (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        Algorithm chosen = Inputs.algorithm(algorithm);
        List<Endpoint> endpoints = Inputs.servers(servers);
        List<String> keyList = keys == null ? null : Inputs.commaList("--keys", keys);
        if (count == null && keyList == null) {
            throw new InputError("--count is required unless --keys is given");
        }
        int picks = count == null ? keyList.size() : Inputs.inRange("--count", count, 1, Limits.MAX_KEYS);
        Picker picker = chosen.newPicker(endpoints, new PickerConfig(AlgorithmParams.DEFAULT, seed));
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < picks; i++) {
            String key = keyList == null ? "key-" + i : keyList.get(i % keyList.size());
            out.println(picker.pick(Request.of(i, key, key)).id());
        }
        return 0;
    }
}
