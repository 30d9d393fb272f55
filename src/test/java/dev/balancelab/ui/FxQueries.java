package dev.balancelab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reads the window on the FX thread and waits for conditions, with one timeout for all UI tests of the failover. */
final class FxQueries {
    static final long TIMEOUT_S = 20;

    private FxQueries() {
    }

    /** Runs {@code query} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The text of the first labelled node matching {@code css}. */
    static String text(FxRobot robot, String css) throws Exception {
        return fx(() -> robot.lookup(css).queryAs(Labeled.class).getText());
    }

    /** Waits until {@code condition} holds. */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
    }
}
