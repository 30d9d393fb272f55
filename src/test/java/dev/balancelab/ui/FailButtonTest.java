package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.shape.SVGPath;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The card's failure button is a drawn bolt large enough for a projector, with a tooltip, and opens the menu. */
class FailButtonTest extends LabWindowTest {
    @Test
    void theFailureButtonIsADrawnBoltWithATooltipThatOpensTheFailureMenu(FxRobot robot) throws Exception {
        Button fail = fx(() -> robot.lookup("#fail-s2").queryAs(Button.class));
        Bounds icon = fx(() -> fail.getGraphic().getBoundsInLocal());
        assertTrue(fail.getGraphic() instanceof SVGPath, "drawn, not a font glyph");
        assertTrue(icon.getHeight() >= 16, "bolt height " + icon.getHeight());
        assertTrue(fx(() -> fail.getTooltip().getText()).startsWith("Inject a failure"));

        robot.clickOn(fail);
        await(() -> fx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing())));
        robot.clickOn("Kill s2");
    }
}
