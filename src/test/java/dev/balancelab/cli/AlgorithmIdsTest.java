package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code --algorithm} options list and complete the ids of {@link AlgorithmKind}, nothing retyped. */
class AlgorithmIdsTest {
    private static List<String> candidates(Object command) {
        List<String> ids = new ArrayList<>();
        new CommandLine(command)
                .getCommandSpec()
                .findOption("--algorithm")
                .completionCandidates()
                .forEach(ids::add);
        return ids;
    }

    @Test
    void picksAndRunCompleteEveryId() {
        assertEquals(AlgorithmKind.ids(), candidates(new PicksCommand()));
        assertEquals(AlgorithmKind.ids(), candidates(new RunCommand()));
    }

    @Test
    void ringCompletesTheHashingAlgorithmsOnly() {
        assertEquals(
                List.of("ip-hash", "consistent-hash", "maglev", "rendezvous", "nginx-ip-hash", "nginx-consistent-hash"),
                candidates(new RingCommand()));
    }

    @Test
    void usageNamesTheIds() {
        String usage = new CommandLine(new PicksCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        String flat = usage.replaceAll("\\s+", " ");
        assertTrue(flat.contains(String.join(", ", AlgorithmKind.ids())), usage);
    }
}
