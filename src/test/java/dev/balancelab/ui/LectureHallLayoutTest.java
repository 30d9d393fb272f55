package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static dev.balancelab.ui.Fx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.io.SampleTopologies;
import dev.balancelab.ui.common.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10's lecture-hall leftovers, in a normal 1280 × 720 window with the side panel shown (not presentation mode),
 * for every bundled lesson: the whole status bar inside the window, lesson 01's full cards, the timeline apart from
 * the dot legend, no two scenario labels on top of each other, every card's name whole.
 */
class LectureHallLayoutTest extends LabWindowTest {
    static final double WIDTH = 1280;
    static final double HEIGHT = 720;

    static Stream<String> lessons() {
        return Stream.concat(SampleTopologies.names().stream(), Stream.of("docs/bench/real-http-0ms.json"));
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyPartShowsWholeAndApartInA1280x720Window(String lesson) throws Exception {
        open(lesson);
        boolean first = lesson.equals(SampleTopologies.names().get(0));
        List<String> faults = new ArrayList<>(laidOut(root -> faults(root, first)));
        narrowest();
        laidOut(root -> faults(root, false)).forEach(f -> faults.add("narrowest canvas: " + f));
        assertEquals(List.of(), faults, lesson);
    }

    /**
     * Step mode on the narrowest canvas: the step banner covers no card; in a replay of a step (step back) the
     * "Replay at pick …" label covers neither the banner nor a card.
     */
    @Test
    void theStepBannerTheReplayLabelAndTheCardsStayApart(FxRobot robot) throws Exception {
        open(SampleTopologies.names().get(0));
        narrowest();
        robot.clickOn(I18n.t("tab.why"));
        for (int step = 0; step < 2; step++) {
            robot.clickOn("#stepButton");
            int picks = step + 1;
            await(() -> fx(() -> robot.lookup(".decision-heading").queryAll().size()) >= picks);
        }
        await(() -> fx(() -> robot.lookup("#stepBanner").query().isVisible()));
        assertEquals(List.of(), laidOut(LectureHallLayoutTest::overlaps), "live, stepped");

        robot.type(KeyCode.LEFT);
        String replayAtPick = I18n.t("timeline.state.pick", "#", "").split("#")[0]; // "Replay at pick "
        await(() -> text(robot, "#timeline-state").startsWith(replayAtPick));
        await(() -> fx(() -> robot.lookup("#timeline-badge").query().isVisible()));
        List<String> replay = laidOut(LectureHallLayoutTest::overlaps);
        assertTrue(fx(() -> robot.lookup("#stepBanner").query().isVisible()), "the replay shows the step banner");
        assertEquals(List.of(), replay, "a replay of a step");
    }

    /**
     * Step mode at 1280 × 720 with the side panel as it opens: lesson 01's four cards stay full cards while the step
     * banner shows (making room for it used to shrink the canvas below the full-card size); the banner, the Why? tab's
     * step buttons ("◀ Ste…" before) and its Predict question are whole, and the latest explanation shows its pick.
     */
    @Test
    void lesson01KeepsFullCardsUnderTheStepBanner(FxRobot robot) throws Exception {
        open(SampleTopologies.names().get(0));
        robot.clickOn(I18n.t("tab.why"));
        robot.clickOn("#stepButton");
        await(() -> fx(() -> robot.lookup(".decision-heading").queryAll().size()) >= 1);
        await(() -> fx(() -> robot.lookup("#stepBanner").query().isVisible()));
        List<String> faults = new ArrayList<>(laidOut(root -> faults(root, true)));
        faults.addAll(laidOut(LectureHallLayoutTest::overlaps));
        for (String selector : List.of("#stepBanner", "#stepButton", "#stepBackButton", "#predict-question")) {
            Labeled label = fx(() -> robot.lookup(selector).queryAs(Labeled.class));
            String shown = fx(() -> Fx.shownText(label));
            if (!label.getText().replaceAll("\\s+", " ").equals(shown.replaceAll("\\s+", " "))) {
                faults.add(selector + " \"" + label.getText() + "\" shows as \"" + shown + "\"");
            }
        }
        Bounds chosen = fx(() ->
                bounds(robot.lookup(".decision-card.latest .decision-chosen").query()));
        Bounds cards =
                fx(() -> bounds(robot.lookup(".inspector-panel .panel-scroll").query()));
        if (chosen.getMaxY() > cards.getMaxY()) {
            faults.add("the pick " + chosen + " lies below the Why? tab's cards " + cards);
        }
        assertEquals(List.of(), faults);
    }

    private void open(String lesson) throws Exception {
        Fx.run(() -> {
            if (lesson.startsWith("docs/")) {
                app.documents().open(Path.of(lesson));
            } else {
                app.documents().openSample(lesson);
            }
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the side panel's divider to the left: the narrowest canvas it leaves (the canvas's minimum width). */
    private void narrowest() throws Exception {
        Fx.run(() -> ((SplitPane) stage.getScene().getRoot().lookup("#content")).setDividerPositions(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The step banner, the replay label, the legend and the timeline that cover one another or a card. */
    static List<String> overlaps(Parent root) {
        List<Node> overlays = Stream.of("#stepBanner", "#timeline-badge", ".dot-legend", "#timeline-bar")
                .map(root::lookup)
                .filter(Node::isVisible)
                .toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < overlays.size(); i++) {
            Node overlay = overlays.get(i);
            for (Node other : overlays.subList(i + 1, overlays.size())) {
                if (bounds(overlay).intersects(bounds(other))) {
                    found.add(name(overlay) + " " + bounds(overlay) + " covers " + name(other) + " " + bounds(other));
                }
            }
            for (Node card : root.lookupAll(".card")) {
                if (bounds(overlay).intersects(bounds(card))) {
                    found.add(name(overlay) + " " + bounds(overlay) + " covers " + card.getId() + " " + bounds(card));
                }
            }
        }
        return found;
    }

    private static String name(Node n) {
        return n.getId() != null ? n.getId() : n.getStyleClass().toString();
    }

    /** {@code check} on the window's root after a layout pass. */
    List<String> laidOut(Function<Parent, List<String>> check) throws Exception {
        return fx(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            return check.apply(root);
        });
    }

    static List<String> faults(Parent root, boolean fullCards) {
        List<String> found = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        Node status = root.lookup("#status");
        if (!inside(bounds(status), window)) {
            found.add("the status bar " + bounds(status) + " leaves the window " + window);
        }
        for (String figure : List.of("#counters", "#invariant", "#failover", "#latency")) {
            if (!inside(bounds(root.lookup(figure)), window)) {
                found.add(figure + " " + bounds(root.lookup(figure)) + " leaves the window");
            }
        }
        root.lookupAll(".side-panel").stream()
                .filter(Node::isVisible)
                .filter(panel -> bounds(panel).getMaxX() > window.getMaxX() + 0.5)
                .forEach(panel -> found.add("the side panel " + bounds(panel) + " is cut by the window's right edge"));
        Node legend = root.lookup(".dot-legend");
        Node timeline = root.lookup("#timeline-bar");
        if (bounds(legend).intersects(bounds(timeline))) {
            found.add("the timeline " + bounds(timeline) + " covers the dot legend " + bounds(legend));
        }
        List<Node> markers = root.lookupAll(".scenario-marker").stream()
                .filter(Node::isVisible)
                .toList();
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                if (bounds(markers.get(i)).intersects(bounds(markers.get(j)))) {
                    found.add("scenario labels \"" + ((Labeled) markers.get(i)).getText() + "\" and \""
                            + ((Labeled) markers.get(j)).getText() + "\" overlap");
                }
            }
        }
        for (Node title : root.lookupAll(".card .card-title")) {
            Labeled l = (Labeled) title;
            if (l.isVisible() && !l.getText().equals(Fx.shownText(l))) {
                found.add("card title \"" + l.getText() + "\" shows as \"" + Fx.shownText(l) + "\"");
            }
        }
        if (fullCards) {
            root.lookupAll(".server-card").stream()
                    .filter(card -> card.getPseudoClassStates().stream()
                            .anyMatch(p -> p.getPseudoClassName().matches("compact|dense")))
                    .forEach(card -> found.add(card.getId() + " is a chip, not a full card"));
        }
        return found;
    }

    static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean inside(Bounds b, Bounds window) {
        return b.getMinY() >= window.getMinY() - 0.5
                && b.getMaxY() <= window.getMaxY() + 0.5
                && b.getMinX() >= window.getMinX() - 0.5
                && b.getMaxX() <= window.getMaxX() + 0.5;
    }
}
