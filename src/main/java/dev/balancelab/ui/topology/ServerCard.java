package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.HealthStyles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A server on the canvas: name, weight and health, in-flight / completed / failed attempts. Pseudo-classes
 * {@code :suspect}, {@code :down} and {@code :dead} colour it; a click or the context menu kills or revives it.
 */
final class ServerCard extends VBox {
    ServerCard(ServerViewModel vm) {
        setId("server-" + vm.id());
        getStyleClass().addAll("card", "server-card");
        fixSize(this, Geometry.SERVER_W, Geometry.SERVER_H);

        Label name = styled(new Label(vm.name()), "card-title");
        Label health = styled(new Label(), "card-state");
        health.textProperty().bind(Bindings.createStringBinding(
                () -> vm.stateProperty().get() + (vm.aliveProperty().get() ? " · weight " + vm.weightProperty().get()
                        : " · killed"),
                vm.stateProperty(), vm.aliveProperty(), vm.weightProperty()));
        Label load = styled(new Label(), "card-detail");
        load.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "in flight %d · failed %,d", vm.inFlightProperty().get(),
                        vm.failedProperty().get()),
                vm.inFlightProperty(), vm.failedProperty()));
        Label done = styled(new Label(), "card-detail");
        done.textProperty().bind(vm.completedProperty().asString(Locale.ROOT, "completed %,d"));
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
    }

    /** Gives a card exactly this size, so that the geometry's anchor points sit on its edges. */
    static void fixSize(Region card, double width, double height) {
        card.setPrefSize(width, height);
        card.setMinSize(width, height);
        card.setMaxSize(width, height);
    }

    private static ContextMenu menu(ServerViewModel vm) {
        MenuItem kill = new MenuItem("Kill " + vm.name());
        kill.setId("kill-" + vm.id());
        kill.setOnAction(e -> vm.kill());
        kill.disableProperty().bind(vm.aliveProperty().not());
        MenuItem revive = new MenuItem("Revive " + vm.name());
        revive.setId("revive-" + vm.id());
        revive.setOnAction(e -> vm.revive());
        revive.disableProperty().bind(vm.aliveProperty());
        return new ContextMenu(kill, revive);
    }
}
