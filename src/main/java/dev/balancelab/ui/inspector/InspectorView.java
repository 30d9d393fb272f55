package dev.balancelab.ui.inspector;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.ServerPalette;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.controlsfx.control.ToggleSwitch;

/**
 * The "Why?" panel ({@code Inspector.fxml}): Step back and Step buttons (also the Left and Right arrow keys, unless a
 * text field has the focus), step-mode switch, and one card per explained pick, the newest on top.
 */
public final class InspectorView {
    private final InspectorViewModel vm;
    private final EventHandler<KeyEvent> rightArrow = this::onKey;

    @FXML
    private VBox root;

    @FXML
    private Label hint;

    @FXML
    private ToggleSwitch stepMode;

    @FXML
    private VBox cards;

    private InspectorView(InspectorViewModel vm) {
        this.vm = vm;
    }

    /** Loads the panel for {@code vm}. */
    public static Parent create(InspectorViewModel vm) {
        return Fxml.load("Inspector", new InspectorView(vm));
    }

    @FXML
    private void initialize() {
        stepMode.selectedProperty().bindBidirectional(vm.stepModeProperty());
        // what step mode does, until it is on: then the canvas's banner says it, and the explanations take the room
        hint.visibleProperty().bind(vm.stepModeProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        vm.explanations().addListener((ListChangeListener<Explanation>) c -> showCards());
        root.sceneProperty().addListener((o, old, scene) -> moveShortcut(old, scene));
    }

    @FXML
    private void step() {
        vm.step();
    }

    @FXML
    private void stepBack() {
        vm.stepBack();
    }

    /** The shortcut lives on the scene while this panel is in it (the window replaces the panel with the lab). */
    private void moveShortcut(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, rightArrow);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, rightArrow);
        }
    }

    /** Right steps, Left steps back; with Shift they belong to the timeline. */
    private void onKey(KeyEvent e) {
        Scene scene = root.getScene();
        // null when a key just replaced this panel's window content (the timeline's replays do)
        if (scene == null || e.isShiftDown() || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.RIGHT) {
            vm.step();
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT) {
            vm.stepBack();
            e.consume();
        }
    }

    private void showCards() {
        cards.getChildren().clear();
        for (Explanation x : vm.explanations()) {
            cards.getChildren().add(card(x));
        }
        if (!cards.getChildren().isEmpty()) {
            cards.getChildren().get(0).getStyleClass().add("latest");
        }
    }

    private static VBox card(Explanation x) {
        Color colour = x.serverIndex() < 0 ? Color.GRAY : ServerPalette.of(x.serverIndex());
        VBox card = new VBox(
                styled(new Label(x.heading()), "decision-heading"),
                styled(new Label("→ " + x.chosen(), new Circle(11, colour)), "decision-chosen"),
                styled(new Label(x.algorithm()), "decision-algorithm"));
        for (String reason : x.reasons()) {
            Label line = styled(new Label(reason), "decision-reason");
            line.setWrapText(true);
            card.getChildren().add(line);
        }
        card.getStyleClass().addAll("panel-card", "decision-card");
        return card;
    }
}
