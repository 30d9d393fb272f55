package dev.balancelab.cli;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Topology;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --algorithm} option of {@code run} and {@code serve}: runs the file under another algorithm. */
final class AlgorithmOverride {
    @Option(
            names = "--algorithm",
            completionCandidates = AlgorithmIds.class,
            description = "Override the file's algorithm: ${COMPLETION-CANDIDATES}.")
    private String algorithm;

    /**
     * The topology {@code load} reads, with the given algorithm, or as it is without the option. The option is checked
     * before the file is read, so a bad value fails fast whatever the file.
     *
     * @throws InputError if the algorithm is unknown (one line naming {@code --algorithm}), or as {@code load} throws
     */
    Topology applyTo(Supplier<Topology> load) {
        Optional<AlgorithmKind> kind =
                Optional.ofNullable(algorithm).map(a -> Inputs.algorithm(a).kind());
        Topology topology = load.get();
        return kind.map(k -> topology.withBalancer(topology.balancer().withAlgorithm(k)))
                .orElse(topology);
    }
}
