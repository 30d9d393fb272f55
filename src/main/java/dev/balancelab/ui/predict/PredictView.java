package dev.balancelab.ui.predict;

import dev.balancelab.domain.ServerSpec;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerNames;
import dev.balancelab.ui.common.ServerPalette;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The Predict tab: one button per server to name the next pick, the reveal with its reasons, and the score. */
public final class PredictView extends VBox {
    /** Width asked for, px; the tab gives it the side panel's width and the labels wrap in it. */
    private static final double PREF_WIDTH = 300;

    private final Label question = new Label(I18n.t("predict.question"));
    private final FlowPane choices = new FlowPane(8, 8);

    public PredictView(PredictViewModel vm) {
        super(10);
        setPadding(new Insets(12));
        // wrapped labels would ask for their one-line width and widen the side panel past the window
        setMinWidth(0);
        setPrefWidth(PREF_WIDTH);
        question.setId("predict-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.setStyle("-fx-font-weight: bold;");
        List<ServerSpec> servers = vm.servers();
        for (int i = 0; i < servers.size(); i++) {
            ServerSpec s = servers.get(i);
            Button b = new Button(ServerNames.of(s.name(), s.id().value()), new Circle(6, ServerPalette.of(i)));
            b.setId("predict-" + s.id().value());
            b.setOnAction(e -> vm.predict(s.id()));
            b.disableProperty().bind(vm.waitingProperty());
            choices.getChildren().add(b);
        }
        Label verdict = new Label();
        verdict.setId("predict-verdict");
        verdict.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        verdict.textProperty().bind(vm.verdictProperty());
        Label why = new Label();
        why.setId("predict-why");
        why.setWrapText(true);
        why.textProperty().bind(vm.whyProperty());
        Label score = new Label();
        score.setId("predict-score");
        score.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> I18n.t(
                                "predict.score",
                                vm.rightProperty().get(),
                                vm.askedProperty().get()),
                        vm.rightProperty(),
                        vm.askedProperty()));
        Label hint = new Label(I18n.t("predict.hint"));
        hint.setWrapText(true);
        getChildren().addAll(question, choices, verdict, why, score, hint);
        // the reveal, the score and the hint once a pick was predicted: before, the step-mode explanations below take
        // the side panel's room (a 1280 × 720 window)
        for (Label shownOnceAsked : List.of(verdict, why, score, hint)) {
            shownOnceAsked.visibleProperty().bind(vm.askedProperty().greaterThan(0));
            shownOnceAsked.managedProperty().bind(shownOnceAsked.visibleProperty());
        }
    }

    /**
     * The question and the server buttons, whole: in a 1280 × 720 window the tab below takes the rest of the side
     * panel's height, and the reveal and the hint may be cut below them (they used to cover the second row of buttons).
     */
    @Override
    protected double computeMinHeight(double width) {
        double inner = width < 0 ? width : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset()
                + question.prefHeight(inner)
                + getSpacing()
                + choices.prefHeight(inner)
                + snappedBottomInset();
    }
}
