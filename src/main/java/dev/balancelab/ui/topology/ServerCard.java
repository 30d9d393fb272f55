package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.ui.common.FailureLabels;
import dev.balancelab.ui.common.HealthStyles;
import dev.balancelab.ui.common.Highlight;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerPalette;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A server on the canvas: name, weight and health, in-flight / completed / failed attempts. Pseudo-classes
 * {@code :suspect}, {@code :down} and {@code :dead} colour it. A click only selects it (for the Edit tab); the failure
 * menu, which injects a failure of any kind (crash, hang, slow, error rate, flapping, gray) or heals it, opens from its
 * own gestures: right-click, the context-menu key, or the card's small "⚡" button.
 */
final class ServerCard extends VBox {
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private final List<Label> details;
    private final Region inFlightBar;
    private static final double FAIL_INSET = 3;

    ServerCard(ServerViewModel vm) {
        setId("server-" + vm.id());
        getStyleClass().addAll("card", "server-card");
        fixSize(this, Geometry.SERVER_W, Geometry.SERVER_H);

        Label name = styled(
                new Label(ServerPalette.marker(vm.index()) + vm.label(), new Circle(8, ServerPalette.of(vm.index()))),
                "card-title");
        Label health = styled(new Label(), "card-state");
        health.textProperty().bind(vm.stateTextProperty());
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
        done.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Double.isNaN(vm.hitRatioProperty().get())
                                ? I18n.t(
                                        "card.completed", vm.completedProperty().get())
                                : I18n.t(
                                        "card.completedHitRatio",
                                        vm.completedProperty().get(),
                                        vm.hitRatioProperty().get()),
                        vm.completedProperty(),
                        vm.hitRatioProperty()));
        Region bar = styled(new Region(), "in-flight-bar");
        bar.maxWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> (getWidth() - getInsets().getLeft() - getInsets().getRight())
                                * Math.min(1, vm.inFlightProperty().get() / (double) vm.capacity()),
                        widthProperty(),
                        vm.inFlightProperty()));
        bar.setManaged(false);
        bar.setVisible(false);
        details = List.of(health, load, done);
        inFlightBar = bar;
        getChildren().addAll(name, health, load, done, bar);

        Tooltip.install(this, new Tooltip(vm.description()));
        ContextMenu menu = menu(vm);
        setOnContextMenuRequested(e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        getChildren().add(failButton(vm, menu));
        vm.stateProperty().addListener((obs, old, state) -> HealthStyles.showState(this, state));
        vm.aliveProperty().addListener((obs, old, alive) -> HealthStyles.showAlive(this, alive));
        vm.chosenProperty().addListener((obs, old, chosen) -> pseudoClassStateChanged(Highlight.CHOSEN, chosen));
    }

    /**
     * Shows every line ({@link CardMode#FULL}) or a chip ({@link CardMode#COMPACT}: name, state colour and an in-flight
     * bar), at that mode's size.
     */
    void show(CardMode mode) {
        boolean full = mode == CardMode.FULL;
        details.forEach(line -> {
            line.setVisible(full);
            line.setManaged(full);
        });
        inFlightBar.setVisible(!full);
        inFlightBar.setManaged(!full);
        pseudoClassStateChanged(COMPACT, !full);
        Tier servers = Tier.servers(1);
        fixSize(this, mode.width(servers, CardMode.BASE_FONT_PX), mode.height(servers, CardMode.BASE_FONT_PX));
    }

    /** Gives a card exactly this size, so that the geometry's anchor points sit on its edges. */
    static void fixSize(Region card, double width, double height) {
        card.setPrefSize(width, height);
        card.setMinSize(width, height);
        card.setMaxSize(width, height);
    }

    /** The "⚡" in the card's top-right corner, outside the card's layout so the text rows keep their places. */
    private Button failButton(ServerViewModel vm, ContextMenu menu) {
        Button fail = styled(new Button("⚡"), "card-fail");
        fail.setId("fail-" + vm.id());
        fail.setManaged(false);
        fail.setFocusTraversable(false);
        fail.setTooltip(new Tooltip(I18n.t("fixes.card.failButton.tooltip")));
        fail.setOnAction(e -> menu.show(fail, Side.BOTTOM, 0, 0));
        fail.layoutXProperty()
                .bind(widthProperty().subtract(fail.widthProperty()).subtract(FAIL_INSET));
        fail.setLayoutY(FAIL_INSET);
        fail.autosize();
        return fail;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        getChildren().stream().filter(n -> !n.isManaged()).forEach(Node::autosize);
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
