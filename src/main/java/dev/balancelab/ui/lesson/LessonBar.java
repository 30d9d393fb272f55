package dev.balancelab.ui.lesson;

import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.KnobViolation;
import dev.balancelab.domain.LessonStep;
import dev.balancelab.telemetry.ChallengeVerdict;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The lesson banner's teaching part: a guided lesson's step text with Back / Next and a presenter-notes window (for a
 * second screen), and a challenge's goal, the knobs a student may change, Check and the measured result. Empty (and not
 * managed) for a lesson with neither.
 */
public final class LessonBar extends VBox {
    /** Width the wrapped texts ask for, px: they take the banner's free width, never widen the window. */
    private static final double WRAPPED_WIDTH = 200;

    private final LessonViewModel vm;
    private final String language = I18n.locale().toLanguageTag();
    private Stage notes;

    public LessonBar(LessonViewModel vm) {
        this.vm = vm;
        getStyleClass().add("lesson-bar");
        setSpacing(4);
        if (vm.guided()) {
            getChildren().add(steps());
        }
        vm.challenge().ifPresent(c -> getChildren().add(challenge(c)));
        setManaged(!getChildren().isEmpty());
        setVisible(!getChildren().isEmpty());
    }

    private HBox steps() {
        Button back = new Button(I18n.t("lesson.back"));
        back.setId("lesson-back");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.indexProperty().isEqualTo(0));
        Button next = new Button(I18n.t("lesson.next"));
        next.setId("lesson-next");
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.indexProperty().isEqualTo(vm.stepCount() - 1));
        Label position = new Label();
        position.setId("lesson-step-position");
        position.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> I18n.t("lesson.stepOf", vm.indexProperty().get() + 1, vm.stepCount()),
                        vm.indexProperty()));
        Button notesButton = new Button(I18n.t("lesson.notes"));
        notesButton.setId("lesson-notes");
        notesButton.setOnAction(e -> showNotes());
        Label text = new Label();
        text.setId("lesson-step-text");
        text.getStyleClass().add("lesson-step");
        text.setWrapText(true);
        text.textProperty().bind(stepText(false));
        grow(text);
        for (Region fixed : List.of(back, position, next, notesButton)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, back, position, next, notesButton, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Lets a wrapped text take the row's free width: it asks for little (so it never widens the window) and may grow
     * to all of it (a label's maximum is its preferred width otherwise, and a 200 px wide step text took eight lines).
     */
    private static void grow(Region text) {
        text.setPrefWidth(WRAPPED_WIDTH);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
    }

    /** The step's text, or its presenter note ("no note" when it has none). */
    private StringBinding stepText(boolean note) {
        return Bindings.createStringBinding(
                () -> {
                    LessonStep step = vm.step();
                    if (!note) {
                        return step.text().in(language);
                    }
                    return step.presenterNote().map(n -> n.in(language)).orElse(I18n.t("lesson.notes.none"));
                },
                vm.indexProperty());
    }

    /** Opens (or brings forward) the presenter notes in their own window, following the step shown. */
    private void showNotes() {
        if (notes == null) {
            Label text = new Label();
            text.setId("lesson-notes-text");
            text.setWrapText(true);
            text.textProperty().bind(stepText(true));
            Label position = new Label();
            position.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> I18n.t("lesson.stepOf", vm.indexProperty().get() + 1, vm.stepCount()),
                            vm.indexProperty()));
            VBox box = new VBox(12, position, text);
            box.setStyle("-fx-padding: 16; -fx-font-size: 1.4em;");
            notes = new Stage();
            notes.setTitle(I18n.t("lesson.notes.title"));
            notes.setScene(new Scene(new StackPane(box), 560, 360));
            if (getScene() != null) {
                notes.initOwner(getScene().getWindow());
                notes.getScene().getStylesheets().setAll(getScene().getStylesheets());
            }
        }
        notes.show();
        notes.toFront();
    }

    private static String knobs(Challenge c) {
        return c.knobs().stream()
                .sorted()
                .map(ChallengeTexts::knob)
                .collect(Collectors.joining(I18n.t("lesson.knobs.separator")));
    }

    private HBox challenge(Challenge c) {
        Label goal = new Label(I18n.t("lesson.challenge", c.goal().in(language), knobs(c)));
        goal.setId("challenge-goal");
        goal.getStyleClass().add("lesson-challenge");
        goal.setWrapText(true);
        Button check = new Button(I18n.t("lesson.check"));
        check.setId("challenge-check");
        check.setOnAction(e -> vm.check());
        check.disableProperty().bind(vm.checkingProperty());
        check.setMinWidth(Region.USE_PREF_SIZE);
        Label result = new Label();
        result.setId("challenge-result");
        result.setWrapText(true);
        result.textProperty()
                .bind(Bindings.createStringBinding(
                        this::result,
                        vm.verdictProperty(),
                        vm.checkingProperty(),
                        vm.checkErrorProperty(),
                        vm.violationProperty()));
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        VBox texts = new VBox(2, goal, result);
        grow(texts);
        HBox row = new HBox(8, check, texts);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private String result() {
        if (vm.checkingProperty().get()) {
            return I18n.t("lesson.checking");
        }
        if (!vm.checkErrorProperty().get().isEmpty()) {
            return I18n.t("lesson.cannotCheck", vm.checkErrorProperty().get());
        }
        KnobViolation forbidden = vm.violationProperty().get();
        if (forbidden != null) {
            return I18n.t(
                    "lesson.forbidden",
                    forbidden.field(),
                    forbidden.original(),
                    forbidden.now(),
                    knobs(vm.challenge().orElseThrow()));
        }
        ChallengeVerdict v = vm.verdictProperty().get();
        if (v == null) {
            return "";
        }
        String lines = v.lines().stream().map(ChallengeTexts::line).collect(Collectors.joining("    "));
        return I18n.t(v.passed() ? "lesson.passed" : "lesson.failed") + "    " + lines;
    }
}
