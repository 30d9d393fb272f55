package dev.balancelab.cli;

import dev.balancelab.io.TopologyFileException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code picks}, {@code ring}, {@code run}, {@code serve}, {@code compare} and {@code
 * check}. Bad input exits with code 2 and one line on stderr starting {@code error:}; never a stack trace. Options
 * accept the ranges of the topology file format ({@link dev.balancelab.domain.Limits}), so memory and time stay bounded
 * for any accepted value. Arguments starting with {@code @} are taken literally: picocli's {@code @file} expansion is
 * off, so {@code @/dev/zero} cannot hang.
 */
@Command(
        name = "balance-lab",
        mixinStandardHelpOptions = true,
        version = "Balance Lab 0.1",
        description = "Load balancing and failover lab. Without a command, opens the window.",
        subcommands = {
            PicksCommand.class,
            RingCommand.class,
            RunCommand.class,
            ServeCommand.class,
            CompareCommand.class,
            CheckCommand.class
        })
public final class BalanceLabCli {
    /** Exit code for bad input (unreadable or malformed file, unknown algorithm, bad option). */
    public static final int EXIT_BAD_INPUT = 2;

    private BalanceLabCli() {}

    /**
     * Runs one command line.
     *
     * @param args the arguments, for example {@code picks --algorithm round-robin --servers a,b --count 4}
     * @param out where results go
     * @param err where {@code error:} lines go
     * @return the process exit code: 0 on success, 2 on bad input, 1 on an internal error
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BalanceLabCli());
        cli.setExpandAtFiles(false);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> error(err, e.getMessage(), EXIT_BAD_INPUT));
        cli.setExecutionExceptionHandler((e, c, r) ->
                e instanceof InputError ? error(err, e.getMessage(), EXIT_BAD_INPUT) : error(err, "internal: " + e, 1));
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    /** Prints {@code error: message} as one line (control characters escaped) and returns {@code code}. */
    private static int error(PrintWriter err, String message, int code) {
        err.println("error: " + TopologyFileException.oneLine(message));
        err.flush();
        return code;
    }
}
