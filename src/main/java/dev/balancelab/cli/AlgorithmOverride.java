package dev.balancelab.cli;

import dev.balancelab.domain.Topology;
import picocli.CommandLine.Option;

/** The {@code --algorithm} option of {@code run} and {@code serve}: runs the file under another algorithm. */
final class AlgorithmOverride {
    @Option(
            names = "--algorithm",
            completionCandidates = AlgorithmIds.class,
            description = "Override the file's algorithm: ${COMPLETION-CANDIDATES}.")
    private String algorithm;

    /**
     * {@code topology} with the given algorithm, or as it is without the option.
     *
     * @throws InputError if the algorithm is unknown (one line naming {@code --algorithm})
     */
    Topology applyTo(Topology topology) {
        return algorithm == null
                ? topology
                : topology.withBalancer(topology.balancer()
                        .withAlgorithm(Inputs.algorithm(algorithm).kind()));
    }
}
