package dev.balancelab.app;

import dev.balancelab.cli.BalanceLabCli;
import java.io.PrintWriter;
import javafx.application.Application;

/**
 * Launcher. Without arguments it opens the window; with arguments it runs the headless CLI and exits with its code.
 * A plain class (not an {@link Application}) so the shaded jar starts with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    /** @param args empty to open the window, otherwise a CLI command line */
    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(BalanceLabApp.class);
            return;
        }
        int code = BalanceLabCli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
