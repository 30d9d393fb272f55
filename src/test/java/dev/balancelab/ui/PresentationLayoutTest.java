package dev.balancelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Done means (issue 10): every bundled lesson, generated 20-, 50- and 100-server labs and labs of several
 * balancers (issue 14: a VIP pair, DNS, two regions), in presentation mode and in
 * a window filling the headless screen: no two cards overlap and no label is cut short with "…". The pom runs this
 * class on a 1280 × 720 and on a 1920 × 1080 screen (executions {@code screen-1280x720}, {@code screen-1920x1080}).
 */
class PresentationLayoutTest extends LabWindowTest {
    @TempDir
    Path dir;

    static Stream<String> labs() {
        return Stream.concat(SampleTopologies.names().stream(), Stream.of("20", "50", "100", "vip", "dns", "regions"));
    }

    @ParameterizedTest
    @MethodSource("labs")
    void everyCardAndEveryWordShowWholeInAWindowFillingTheScreenAndInPresentation(String lab, FxRobot robot)
            throws Exception {
        openLab(lab);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Fx.run(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        });
        // the case: lesson 01's four cards must show their counters (labs with a scenario bar may need chips)
        boolean lesson = lab.equals(SampleTopologies.names().get(0));
        List<String> faults = new ArrayList<>(layoutFaults("in a window", lesson));

        robot.press(KeyCode.F5).release(KeyCode.F5);
        Fx.await(() ->
                stage.isFullScreen() && stage.getScene().getRoot().getStyle().contains("font-size"));
        assertEquals(screen.getHeight(), Fx.fx(() -> stage.getHeight()), 1);
        faults.addAll(layoutFaults("in presentation mode", lesson));
        faults.addAll(smallTexts("in presentation mode", smallestTextPx(screen.getHeight())));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.await(() ->
                !stage.isFullScreen() && stage.getScene().getRoot().getStyle().isEmpty());
        assertTrue(
                faults.isEmpty(),
                lab + " on a " + screen.getWidth() + " x " + screen.getHeight() + " screen: " + faults);
    }

    private void openLab(String lab) throws Exception {
        Path file = dir.resolve("lab.json");
        if (lab.matches("\\d+")) {
            int servers = Integer.parseInt(lab);
            Files.writeString(file, TopologyFiles.write(FallbackTopology.stacked(servers, servers / 5)));
        } else if (!lab.endsWith(".json")) { // the balancer tier (issue 14): a VIP pair, DNS, two regions
            Files.writeString(file, TopologyFiles.write(tierLab(lab)));
        }
        Fx.run(() -> {
            if (!lab.endsWith(".json")) {
                app.documents().open(file);
            } else {
                app.documents().openSample(lab);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static dev.balancelab.domain.Topology tierLab(String name) {
        return switch (name) {
            case "vip" -> TierTopologies.vipPair(FAST_HEALTH, 1000);
            case "dns" -> TierTopologies.dns(FAST_HEALTH);
            default -> TierTopologies.regions(FAST_HEALTH);
        };
    }

    /**
     * Cards that overlap and labels cut short, each prefixed with {@code where}; with {@code fullCards} also server
     * cards drawn as chips, which hide the counters a lesson is about.
     */
    private List<String> layoutFaults(String where, boolean fullCards) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return Fx.fx(() -> {
            List<String> found = new ArrayList<>();
            Parent root = stage.getScene().getRoot();
            List<Node> cards = new ArrayList<>(root.lookupAll(".card"));
            for (int i = 0; i < cards.size(); i++) {
                for (int j = i + 1; j < cards.size(); j++) {
                    if (bounds(cards.get(i)).intersects(bounds(cards.get(j)))) {
                        found.add(where + ": " + cards.get(i).getId() + " overlaps "
                                + cards.get(j).getId());
                    }
                }
            }
            labels(root, found);
            if (fullCards) {
                root.lookupAll(".server-card").stream()
                        .filter(card -> card.getPseudoClassStates().stream()
                                .anyMatch(p -> p.getPseudoClassName().matches("compact|dense")))
                        .forEach(card -> found.add(card.getId() + " is a chip, not a full card"));
            }
            return found.stream()
                    .map(f -> f.startsWith(where) ? f : where + ": " + f)
                    .toList();
        });
    }

    /** Every shown label (or button, ...) under {@code node} whose text is cut short with "…" or at the bottom. */
    private static void labels(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && truncated(l)) {
            found.add("\"" + l.getText() + "\" shows as \"" + Fx.shownText(l) + "\"");
        } else if (node instanceof Labeled l && cutAtTheBottom(l)) {
            found.add("\"" + l.getText() + "\" is cut: " + l.getHeight() + " px of " + l.prefHeight(l.getWidth())
                    + " px high");
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> labels(child, found));
        }
    }

    /**
     * Texts drawn smaller than {@code px} px: font size times the scale from the text's node to the screen (the canvas
     * cards are zoomed, not restyled).
     */
    private List<String> smallTexts(String where, double px) throws Exception {
        return Fx.fx(() -> {
            List<String> found = new ArrayList<>();
            texts(stage.getScene().getRoot(), found, px);
            return found.stream()
                    .map(f -> where + ": smaller than " + px + " px: " + f)
                    .toList();
        });
    }

    private static void texts(Node node, List<String> small, double px) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && !t.getText().isBlank()) {
            double onScreen = t.getFont().getSize() * scale(t);
            if (onScreen < px - 0.05) {
                small.add(String.format(Locale.ROOT, "\"%s\" %.1f px", t.getText(), onScreen));
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> texts(child, small, px));
        }
    }

    /** How much larger a node's px are on the screen (its transforms to the scene, uniform). */
    private static double scale(Node n) {
        Point2D origin = n.localToScene(0, 0);
        return n.localToScene(0, 1).distance(origin);
    }

    /** The smallest text in presentation mode: 16 px at 720 px screen height, 24 px at 1080, linear between. */
    static double smallestTextPx(double screenHeight) {
        return 16 + 8 * Math.max(0, Math.min(1, (screenHeight - 720) / 360));
    }

    private static boolean cutAtTheBottom(Labeled l) {
        return l.getHeight() > 0 && l.getHeight() < l.prefHeight(l.getWidth()) - 1;
    }

    private static Bounds bounds(Node card) {
        return card.localToScene(card.getLayoutBounds());
    }

    private static boolean truncated(Labeled l) {
        String text = l.isMnemonicParsing() && l.getText() != null ? l.getText().replaceFirst("_", "") : l.getText();
        String shown = Fx.shownText(l);
        return text != null && !text.isEmpty() && shown != null && !shown.equals(text);
    }
}
