package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.charts.MetricsWindow;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.Snapshots;
import dev.balancelab.ui.shell.ExportFormat;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Editing the topology in the window: add and undo, live weight edits, save and reopen, exports. */
class EditingTest extends LabWindowTest {
    @Test
    void addServerThenUndoRemovesIt(FxRobot robot) throws Exception {
        robot.clickOn("+ Server");
        await(() -> exists(robot, "#server-s5"));
        assertTrue(fx(() -> stage.getTitle()).endsWith(" *"), "an edit marks the window dirty");

        run(() -> app.documents().undo());
        await(() -> !exists(robot, "#server-s5"));
        assertEquals(4, fx(() -> app.lab().topology().servers().size()));
        assertFalse(fx(() -> stage.getTitle()).endsWith(" *"), "undone back to the opened topology");
    }

    @Test
    void weightEditedInThePropertySheetReachesTheBalancer(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Edit"));
        run(() -> app.lab().selectionProperty().set(NodeRef.server("s1")));
        PropertySheet.Item weight =
                fx(() -> robot.lookup(".property-sheet").queryAs(PropertySheet.class).getItems().stream()
                        .filter(i -> i.getName().equals("Weight"))
                        .findFirst()
                        .orElseThrow());
        run(() -> weight.setValue(5));

        await(() -> app.lab().topology().servers().get(0).weight() == 5);
        robot.clickOn("#startPause");
        await(() -> fx(() -> robot.lookup("#server-s1 .card-state")
                        .queryAs(Label.class)
                        .getText())
                .endsWith("weight 5"));
        run(() -> app.documents().undo());
        await(() -> app.lab().topology().servers().get(0).weight() == 1);
    }

    @Test
    void balancerSettingsAreEditedInThePropertySheet(FxRobot robot) throws Exception {
        robot.clickOn(Fx.tab(robot, "Edit"));
        run(() -> app.lab()
                .edit(app.lab()
                        .topology()
                        .withBalancer(app.lab().topology().balancer().withAlgorithm(AlgorithmKind.MAGLEV))));
        robot.clickOn(".balancer-card");
        await(() -> fx(() -> robot.lookup(".property-sheet")
                        .queryAs(PropertySheet.class)
                        .getItems()
                        .size())
                > 10);
        run(() -> item(robot, "Health check: fall").setValue(5));
        run(() -> item(robot, "Maglev: table size").setValue(1000));

        await(() -> app.lab().topology().balancer().healthCheck().fall() == 5);
        assertEquals(
                65537,
                fx(() -> app.lab().topology().balancer().params().maglevTableSize()),
                "a table size that is not a prime is refused");
    }

    private static PropertySheet.Item item(FxRobot robot, String name) {
        return robot.lookup(".property-sheet").queryAs(PropertySheet.class).getItems().stream()
                .filter(i -> i.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void savedTopologyReopensEqual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.json");
        run(() -> app.lab().addServer(new Position(0.8, 0.1)));
        Topology before = fx(() -> app.lab().topology());

        run(() -> app.documents().saveAs(file));
        assertFalse(fx(() -> app.documents().dirty()));
        run(() -> app.documents().newLab());
        run(() -> app.documents().open(file));

        assertEquals(before, fx(() -> app.lab().topology()));
        assertEquals(file, fx(() -> app.documents().file().orElseThrow()));
    }

    @Test
    void exportsAPngOfTheCanvasAndTheMetricsAsCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#startPause");
        Thread.sleep(1500);
        Path png = dir.resolve("lab.png");
        Path csv = dir.resolve("metrics.csv");
        Node canvas = fx(() -> robot.lookup(".topology").query());
        run(() -> app.documents().exportImage(Snapshots.png(Snapshots.image(canvas, 1)), png));
        run(() -> app.documents().export(ExportFormat.METRICS_CSV, csv));

        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "PNG decodes");
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(MetricsWindow.CSV_HEADER + ",completed_s1,completed_s2,completed_s3,completed_s4", lines.get(0));
        assertTrue(lines.size() > 2, "samples follow the header: " + lines);
    }

    private static boolean exists(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }
}
