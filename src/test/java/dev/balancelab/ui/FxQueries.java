package dev.balancelab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reads the live window on the FX thread and waits for conditions, with one timeout for every GUI test. */
final class FxQueries {
    static final long TIMEOUT_S = 20;

    private FxQueries() {
    }

    /** Runs {@code query} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The text of the label (or button) {@code selector} finds. */
    static String text(FxRobot robot, String selector) throws Exception {
        return fx(() -> robot.lookup(selector).queryAs(Labeled.class).getText());
    }

    /** Waits until {@code condition} holds. */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
    }
}
