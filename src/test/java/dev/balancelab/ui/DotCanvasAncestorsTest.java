package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.ui.shell.Appearance;
import dev.balancelab.ui.topology.DotLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Prism paints the backgrounds of every ancestor of a dirty node again under each frame (the dot canvas is dirty in
 * every pulse its dots move), and draws a background with several fills, insets, radii or a gradient from its region
 * image cache as a scaled 9-slice image: with the split pane's two modena fills that took most of a frame's render time
 * at 5,000 requests in flight (issue 10; BENCHMARKS.md, "Frame time at 100 servers: where the other 7 ms went"). Every
 * ancestor of the dot canvas has no background or one plain colour fill over its whole box, which Prism draws as a
 * rectangle fill, in both themes.
 */
class DotCanvasAncestorsTest extends LabWindowTest {
    @Test
    void theDotCanvasAncestorsHaveAtMostOnePlainFill(FxRobot robot) throws Exception {
        assertEquals(List.of(), fx(() -> slowBackgrounds(robot)), "light theme");

        run(() -> stage.getScene()
                .getStylesheets()
                .add(Appearance.class.getResource("/css/theme-dark.css").toExternalForm()));

        assertEquals(List.of(), fx(() -> slowBackgrounds(robot)), "dark theme");
    }

    /**
     * Prism clears each dirty region with the scene's fill before it renders: a window root painting the paper again
     * painted it twice under every frame. The root has no fill and the scene's fill is the theme's paper.
     */
    @Test
    void theSceneFillIsThePaperAndTheRootPaintsNone() throws Exception {
        assertEquals(List.of(), fx(() -> rootFills()), "light theme: the root's fills");
        await(() -> fx(() -> stage.getScene().getFill()).equals(Color.web("#f8f9fa")));

        run(() -> stage.getScene()
                .getStylesheets()
                .add(Appearance.class.getResource("/css/theme-dark.css").toExternalForm()));

        await(() -> fx(() -> stage.getScene().getFill()).equals(Color.web("#101214")));
        assertEquals(List.of(), fx(() -> rootFills()), "dark theme: the root's fills");
    }

    private List<BackgroundFill> rootFills() {
        Region root = (Region) stage.getScene().getRoot();
        root.applyCss();
        return root.getBackground() == null ? List.of() : root.getBackground().getFills();
    }

    /** The ancestors of the dot canvas whose background is not one plain fill (style classes and fills). */
    private List<String> slowBackgrounds(FxRobot robot) {
        stage.getScene().getRoot().applyCss();
        List<String> slow = new ArrayList<>();
        for (Node n = robot.lookup(d -> d instanceof DotLayer).query(); n != null; n = n.getParent()) {
            if (n instanceof Region r
                    && r.getBackground() != null
                    && !plain(r.getBackground().getFills())) {
                slow.add(r.getStyleClass() + " " + r.getBackground().getFills().size() + " fills");
            }
        }
        return slow;
    }

    private static boolean plain(List<BackgroundFill> fills) {
        return fills.size() <= 1
                && fills.stream()
                        .allMatch(f -> f.getFill() instanceof Color
                                && f.getInsets().equals(Insets.EMPTY)
                                && f.getRadii().equals(CornerRadii.EMPTY));
    }
}
