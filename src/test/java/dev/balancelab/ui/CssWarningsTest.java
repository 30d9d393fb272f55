package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.ui.common.NodeRef;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Parent;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * An edit that restarts the lab while the Edit tab is shown builds the new window without CSS warnings: the property
 * sheet used to move from the old window root into the new one and log a ClassCastException for modena's
 * {@code .button} background (a looked-up colour that could not be resolved).
 */
class CssWarningsTest extends LabWindowTest {
    /** The root logger: JavaFX's {@code javafx.css} logger reports there; held so that it keeps the handler. */
    private static final Logger CSS = Logger.getLogger("");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()
                    && String.valueOf(r.getLoggerName()).startsWith("javafx.css")) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @AfterEach
    void removeHandler() {
        CSS.removeHandler(handler);
    }

    @Test
    void anEditThatRestartsTheLabLogsNoCssWarning(FxRobot robot) throws Exception {
        CSS.addHandler(handler);
        run(() -> app.lab().selectionProperty().set(NodeRef.server("s1")));
        robot.clickOn(Fx.tab(robot, "Edit"));
        await(() -> fx(() -> robot.lookup(".property-sheet").tryQuery().isPresent()));
        Parent before = fx(() -> stage.getScene().getRoot());

        run(() -> robot.lookup(".property-sheet").queryAs(PropertySheet.class).getItems().stream()
                .filter(i -> i.getName().equals("Workers"))
                .findFirst()
                .orElseThrow()
                .setValue(6));
        await(() -> fx(() -> stage.getScene().getRoot() != before));
        await(() -> fx(() -> robot.lookup(".property-sheet").tryQuery().isPresent()));
        run(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        assertEquals(6, fx(() -> app.lab().topology().servers().get(0).workers()));
        assertEquals(List.of(), warnings);
    }
}
