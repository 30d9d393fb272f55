package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.ui.common.LiveScrollPane;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A live panel's scroll pane paints only what changed and tells which rows can be seen. */
@ExtendWith(ApplicationExtension.class)
class LiveScrollPaneTest {
    private LiveScrollPane pane;
    private List<Label> rows;

    @Start
    void start(Stage stage) {
        pane = new LiveScrollPane();
        rows = IntStream.range(0, 40).mapToObj(i -> new Label("row " + i)).toList();
        VBox content = new VBox();
        content.getChildren().setAll(rows);
        pane.setContent(content);
        pane.setPrefSize(200, 120);
        pane.setMaxSize(200, 120);
        VBox root = new VBox(pane); // the pane keeps its size, whatever the stage's size an earlier test left
        stage.setScene(new Scene(root, 200, 120));
        stage.show();
        root.applyCss();
        root.layout();
    }

    @Test
    void theViewportIsNotCachedAsOneBitmap(FxRobot robot) throws Exception {
        assertFalse(fx(() -> pane.lookup(".viewport").isCache()));
    }

    @Test
    void onlyRowsInsideTheViewportShow(FxRobot robot) throws Exception {
        assertTrue(fx(() -> pane.shows(rows.get(0))));
        assertFalse(fx(() -> pane.shows(rows.get(39))));

        run(() -> {
            pane.setVvalue(pane.getVmax());
            pane.layout();
        });
        assertFalse(fx(() -> pane.shows(rows.get(0))));
        assertTrue(fx(() -> pane.shows(rows.get(39))));
    }

    @Test
    void nothingShowsWhileAnAncestorIsHidden(FxRobot robot) throws Exception {
        run(() -> pane.getParent().setVisible(false));
        assertFalse(fx(() -> pane.shows(rows.get(0))));
    }
}
