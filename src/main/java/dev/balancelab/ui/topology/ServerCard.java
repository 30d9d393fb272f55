package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.ui.common.FailureLabels;
import dev.balancelab.ui.common.HealthStyles;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerPalette;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A server on the canvas: name, weight and health, in-flight / completed / failed attempts. Pseudo-classes
 * {@code :suspect}, {@code :down} and {@code :dead} colour it; a click or the context menu injects a failure of any kind
 * (crash, hang, slow, error rate, flapping, gray) or heals it.
 */
final class ServerCard extends VBox {
    ServerCard(ServerViewModel vm) {
        setId("server-" + vm.id());
        getStyleClass().addAll("card", "server-card");
        fixSize(this, Geometry.SERVER_W, Geometry.SERVER_H);

        Label name = styled(new Label(vm.name(), new Circle(8, ServerPalette.of(vm.index()))), "card-title");
        Label health = styled(new Label(), "card-state");
        health.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> I18n.t("state." + vm.stateProperty().get().name()) + " · " + failureOrWeight(vm),
                        vm.stateProperty(),
                        vm.failureProperty(),
                        vm.weightProperty()));
        Label load = styled(new Label(), "card-detail");
        load.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> I18n.t(
                                "card.load",
                                vm.inFlightProperty().get(),
                                vm.failedProperty().get()),
                        vm.inFlightProperty(),
                        vm.failedProperty()));
        Label done = styled(new Label(), "card-detail");
        done.textProperty().bind(vm.completedProperty().map(n -> I18n.t("card.completed", n)));
        getChildren().addAll(name, health, load, done);

        Tooltip.install(this, new Tooltip(vm.description()));
        ContextMenu menu = menu(vm);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                menu.show(this, Side.BOTTOM, 0, 0);
            }
        });
        vm.stateProperty().addListener((obs, old, state) -> HealthStyles.showState(this, state));
        vm.aliveProperty().addListener((obs, old, alive) -> HealthStyles.showAlive(this, alive));
        vm.chosenProperty().addListener((obs, old, chosen) -> pseudoClassStateChanged(Highlight.CHOSEN, chosen));
    }

    /** Gives a card exactly this size, so that the geometry's anchor points sit on its edges. */
    static void fixSize(Region card, double width, double height) {
        card.setPrefSize(width, height);
        card.setMinSize(width, height);
        card.setMaxSize(width, height);
    }

    private static String failureOrWeight(ServerViewModel vm) {
        FailureKind failure = vm.failureProperty().get();
        return failure == FailureKind.NONE
                ? I18n.t("card.weight", vm.weightProperty().get())
                : FailureLabels.describe(failure);
    }

    /** Kill, the other failure kinds, then Revive; the kind in force now is disabled. */
    private static ContextMenu menu(ServerViewModel vm) {
        ContextMenu menu = new ContextMenu();
        for (FailureKind kind : FailureKind.values()) {
            if (kind != FailureKind.NONE) {
                menu.getItems().add(item(vm, kind));
            }
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item(vm, FailureKind.NONE));
        return menu;
    }

    private static MenuItem item(ServerViewModel vm, FailureKind kind) {
        MenuItem item = new MenuItem(
                switch (kind) {
                    case CRASH -> I18n.t("card.kill", vm.name());
                    case NONE -> I18n.t("card.revive", vm.name());
                    default -> FailureLabels.title(kind);
                });
        item.setId(switch (kind) {
                    case CRASH -> "kill-";
                    case NONE -> "revive-";
                    default -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-";
                }
                + vm.id());
        item.setOnAction(e -> vm.inject(kind));
        item.disableProperty().bind(vm.failureProperty().isEqualTo(kind));
        return item;
    }
}
