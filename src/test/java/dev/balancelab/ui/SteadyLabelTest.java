package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.ui.common.SteadyLabel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A figure that narrows keeps its width, so the flow beside it does not unwrap and wrap again with every digit (the
 * status bar under the canvas).
 */
@ExtendWith(ApplicationExtension.class)
class SteadyLabelTest {
    private Label figure;
    private Label next;
    private FlowPane flow;

    @Start
    void start(Stage stage) {
        figure = new SteadyLabel();
        figure.setText("in flight 5,000");
        next = new Label("p99 1,234 ms");
        flow = new FlowPane(8, 0, figure, next);
        stage.setScene(new Scene(flow, 400, 200));
        stage.show();
    }

    private void layOut() {
        flow.applyCss();
        flow.layout();
    }

    @Test
    void aNarrowerTextKeepsTheWidthAndTheNeighbourStays(FxRobot robot) throws Exception {
        run(this::layOut);
        double width = fx(figure::getWidth);
        double nextX = fx(next::getLayoutX);

        run(() -> {
            figure.setText("in flight 7");
            layOut();
        });
        assertEquals(width, fx(figure::getWidth), 0.01);
        assertEquals(nextX, fx(next::getLayoutX), 0.01);

        run(() -> {
            figure.setText("in flight 12,345,678");
            layOut();
        });
        assertTrue(fx(figure::getWidth) > width, "a wider text widens it");
    }

    @Test
    void aNewFontStartsTheWidestOver(FxRobot robot) throws Exception {
        run(() -> {
            figure.setText("in flight 12,345,678");
            layOut();
        });
        double widest = fx(figure::getWidth);

        run(() -> {
            figure.setText("in flight 7");
            figure.setFont(
                    Font.font(figure.getFont().getFamily(), figure.getFont().getSize() + 2));
            layOut();
        });
        assertTrue(fx(figure::getWidth) < widest, "presentation mode's font measures the text again");
    }
}
