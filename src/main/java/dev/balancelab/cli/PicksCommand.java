package dev.balancelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the algorithms land; replaced by the real {@code picks} command. */
@Command(name = "picks", description = "Print the servers an algorithm picks, one per line.")
final class PicksCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new InputError("picks is not available yet");
    }
}
