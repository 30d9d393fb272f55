package dev.balancelab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Runs queries on the FX thread and waits for conditions, for the window tests. */
final class Fx {
    static final long TIMEOUT_S = 60;

    private Fx() {}

    /** The result of {@code query}, run on the FX thread. */
    static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The text of the label (or button) {@code selector} finds. */
    static String text(FxRobot robot, String selector) throws Exception {
        return fx(() -> robot.lookup(selector).queryAs(Labeled.class).getText());
    }

    /** The text the label's skin puts on screen ("Scen…" where it was cut short), or null before the skin exists. */
    static String shownText(Labeled l) {
        return l.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(t -> ((Text) t).getText())
                .findFirst()
                .orElse(null);
    }

    /** The label of the side panel's tab {@code title} ("Edit", "Health", ...), to click on. */
    static Node tab(FxRobot robot, String title) throws Exception {
        return fx(() -> robot.lookup(".tab-label")
                .match(n -> n instanceof Labeled l && title.equals(l.getText()))
                .query());
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    static void run(FxAction action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition} holds, at most {@link #TIMEOUT_S} seconds. */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
    }

    /** An action that may throw. */
    @FunctionalInterface
    interface FxAction {
        void run() throws Exception;
    }
}
