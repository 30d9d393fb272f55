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
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;

/**
 * A server on the canvas: name, weight and health, in-flight / completed / failed attempts (a chip or cell shows the
 * in-flight share as a bar, filled by {@link LoadBars}). Pseudo-classes
 * {@code :suspect}, {@code :down} and {@code :dead} colour it. A click only selects it (for the Edit tab); the failure
 * menu, which injects a failure of any kind (crash, hang, slow, error rate, flapping, gray) or heals it, opens from its
 * own gestures: right-click, the context-menu key, or the card's small "⚡" button.
 */
final class ServerCard extends VBox {
    private final ServerViewModel vm;
    private final Label name;
    private final List<Label> details;
    /** What the figure lines of the {@link #details} (all but the state) say, followed only while they are shown. */
    private final List<ObservableValue<String>> figureTexts;
    /** The "backup" badge of a backup server and the "url" badge of a server the lab does not run, if any. */
    private final List<Label> badges;

    private final Region inFlightBar;
    private final Button fail;
    private static final double FAIL_INSET = 3;
    private static final double TRACK_OPACITY = 0.25;
    private static final PseudoClass BACKUP = PseudoClass.getPseudoClass("backup");
    /** A lightning bolt, 10 × 16 px. */
    private static final String BOLT = "M6.7 0 L0 9.3 H4.2 L2.9 16 L10 5.8 H5.8 L7.9 0 Z";

    ServerCard(ServerViewModel vm) {
        this.vm = vm;
        setId("server-" + vm.id());
        getStyleClass().addAll("card", "server-card");
        fixSize(this, Geometry.SERVER_W, Geometry.serverH());

        name = styled(
                new Label(ServerPalette.marker(vm.index()) + vm.label(), new Circle(8, ServerPalette.of(vm.index()))),
                "card-title");
        Label health = styled(new Label(), "card-state");
        health.textProperty().bind(vm.stateTextProperty());
        Label load = styled(new Label(), "card-detail");
        load.setId("load-" + vm.id());
        ObservableValue<String> loadText = Bindings.createStringBinding(
                () -> vm.externalIdleProperty().get()
                        ? I18n.t("url.card.external")
                        : I18n.t(
                                "card.load",
                                vm.inFlightProperty().get(),
                                vm.failedProperty().get()),
                vm.inFlightProperty(),
                vm.failedProperty(),
                vm.externalIdleProperty());
        Label done = styled(new Label(), "card-detail");
        done.setId("done-" + vm.id());
        ObservableValue<String> doneText = Bindings.createStringBinding(
                () -> doneText(vm), vm.completedProperty(), vm.hitRatioProperty(), vm.externalIdleProperty());
        Region bar = styled(new Region(), "in-flight-bar");
        // chips and cells have no room for the colour dot: the bar carries the server's colour instead
        Color colour = ServerPalette.of(vm.index());
        bar.setStyle(String.format(
                Locale.ROOT,
                "-fx-background-color: rgb(%d, %d, %d);",
                Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255)));
        // the track only (the whole width, faint): LoadBars fills it on the dot canvas, so that a new in-flight count
        // does not re-render the cached picture of all cards
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setOpacity(TRACK_OPACITY);
        bar.setManaged(false);
        bar.setVisible(false);
        inFlightBar = bar;
        getChildren().addAll(name, health, load, done, bar);
        details = List.of(health, load, done);
        figureTexts = List.of(loadText, doneText);
        showDetails(true);

        Tooltip.install(this, new Tooltip(vm.description()));
        ContextMenu menu = menu(vm);
        setOnContextMenuRequested(e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        fail = failButton(this, "fail-" + vm.id(), menu);
        getChildren().add(fail);
        Label backup = vm.backup()
                ? cornerBadge(I18n.t("backup.card.badge"), "backup-" + vm.id(), I18n.t("backup.card.tooltip"), null)
                : null;
        Label url = vm.url() == null
                ? null
                : cornerBadge(
                        I18n.t("url.card.badge"),
                        "url-" + vm.id(),
                        I18n.t("url.card.tooltip", vm.url().url(), vm.url().healthPath()),
                        backup);
        badges = Stream.of(backup, url).filter(Objects::nonNull).toList();
        pseudoClassStateChanged(BACKUP, vm.backup());
        getChildren().addAll(badges);
        addSplitBadge(vm);
        vm.stateProperty().addListener((obs, old, state) -> HealthStyles.showState(this, state));
        vm.aliveProperty().addListener((obs, old, alive) -> HealthStyles.showAlive(this, alive));
        vm.chosenProperty().addListener((obs, old, chosen) -> pseudoClassStateChanged(Highlight.CHOSEN, chosen));
    }

    ServerViewModel model() {
        return vm;
    }

    /** The in-flight bar's track (shown on chips and cells), which {@link LoadBars} fills. */
    Region inFlightBar() {
        return inFlightBar;
    }

    /**
     * Shows every line ({@link CardMode#FULL}), a chip ({@link CardMode#COMPACT}: name, state colour and an in-flight
     * bar in the server's colour) or a grid cell ({@link CardMode#DENSE}: the id, state colour and in-flight bar; no
     * "⚡", the menu opens with a right-click), at {@code width} × {@code height} px.
     */
    void show(CardMode mode, double width, double height) {
        boolean full = mode == CardMode.FULL;
        boolean dense = mode == CardMode.DENSE;
        showDetails(full);
        inFlightBar.setVisible(!full);
        inFlightBar.setManaged(!full);
        name.setText(
                switch (mode) {
                    case FULL -> ServerPalette.marker(vm.index()) + vm.label();
                    case COMPACT -> ServerPalette.marker(vm.index()) + vm.name();
                    case DENSE -> vm.id().value();
                });
        name.setContentDisplay(full ? ContentDisplay.LEFT : ContentDisplay.TEXT_ONLY);
        fail.setVisible(!dense);
        // a chip or cell has no room for the badge at a readable size: its thick left edge says "backup" instead
        badges.forEach(badge -> badge.setVisible(full));
        EndpointCard.showMode(this, mode);
        fixSize(this, width, height);
    }

    /**
     * Shows or hides the detail lines; hidden figure lines stop following their figures: a hidden label whose text
     * changes still re-renders the cached picture of all cards, which the 5 Hz samples of 100 chips did at every
     * sample, the slowest frames at 5,000 in flight (BENCHMARKS.md, "Frame time at 100 servers: where the other 7 ms
     * went"). The state line keeps following (it changes with the server's state, which a chip's colour shows too).
     */
    private void showDetails(boolean shown) {
        // hidden lines leave the card: JavaFX walks every node of the scene each pulse (bounds, CSS), and the hidden
        // lines of 100 chips were a third of the scene's nodes (BENCHMARKS.md, "Frame time at 100 servers: nodes")
        if (!shown) {
            getChildren().removeAll(details);
        } else if (!getChildren().contains(details.get(0))) {
            getChildren().addAll(getChildren().indexOf(name) + 1, details);
        }
        for (int i = 0; i < figureTexts.size(); i++) {
            Label line = details.get(i + 1);
            if (shown) {
                line.textProperty().bind(figureTexts.get(i));
            } else {
                line.textProperty().unbind();
            }
        }
    }

    /** Gives a card exactly this size, so that the geometry's anchor points sit on its edges. */
    static void fixSize(Region card, double width, double height) {
        card.setPrefSize(width, height);
        card.setMinSize(width, height);
        card.setMaxSize(width, height);
    }

    /**
     * The failure button in the card's top-right corner, outside the card's layout so the text rows keep their places:
     * a drawn lightning bolt ({@link #BOLT}), since a "⚡" glyph falls back to a tiny one in fonts without it.
     */
    static Button failButton(Region card, String id, ContextMenu menu) {
        SVGPath bolt = styled(new SVGPath(), "card-fail-icon");
        bolt.setContent(BOLT);
        Button fail = styled(new Button(null, bolt), "card-fail");
        fail.setAccessibleText(I18n.t("fixes.card.failButton.tooltip"));
        fail.setId(id);
        fail.setManaged(false);
        fail.setFocusTraversable(false);
        fail.setTooltip(new Tooltip(I18n.t("fixes.card.failButton.tooltip")));
        fail.setOnAction(e -> menu.show(fail, Side.BOTTOM, 0, 0));
        fail.layoutXProperty()
                .bind(card.widthProperty().subtract(fail.widthProperty()).subtract(FAIL_INSET));
        fail.setLayoutY(FAIL_INSET);
        fail.autosize();
        return fail;
    }

    /**
     * The card's last line: completed attempts (and the cache's recent hit ratio), or for a {@code url} server while
     * Real HTTP is off "turn on Real HTTP" (under "external service", in place of the stand-in's load).
     */
    private static String doneText(ServerViewModel vm) {
        if (vm.externalIdleProperty().get()) {
            return I18n.t("url.card.needsRealHttp");
        }
        double hitRatio = vm.hitRatioProperty().get();
        long completed = vm.completedProperty().get();
        return Double.isNaN(hitRatio)
                ? I18n.t("card.completed", completed)
                : I18n.t("card.completedHitRatio", completed, hitRatio);
    }

    /**
     * A badge in the card's bottom-right corner, or left of {@code rightOf}: "backup" (nginx and HAProxy
     * {@code backup}: the server gets traffic only while no other server is available), "url" (a service the lab does
     * not run, issue 11). Outside the card's layout, like the ⚡ button.
     */
    private Label cornerBadge(String text, String id, String tooltip, Label rightOf) {
        Label badge = styled(new Label(text), "card-backup");
        badge.setId(id);
        badge.setManaged(false);
        badge.setTooltip(new Tooltip(tooltip));
        var right = widthProperty().subtract(FAIL_INSET);
        badge.layoutXProperty()
                .bind((rightOf == null
                                ? right
                                : right.subtract(rightOf.widthProperty()).subtract(FAIL_INSET))
                        .subtract(badge.widthProperty()));
        badge.layoutYProperty()
                .bind(heightProperty().subtract(badge.heightProperty()).subtract(FAIL_INSET));
        return badge;
    }

    /**
     * The split marker left of the ⚡ button (issue 14), in the card only while two balancers' health checkers
     * disagree about this server (see {@link #showDetails}); its tooltip says what each one says.
     */
    private void addSplitBadge(ServerViewModel vm) {
        Label badge = styled(new Label(I18n.t("split.badge")), "card-split");
        badge.setId("split-" + vm.id());
        badge.setManaged(false);
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> I18n.t("split.tooltip", vm.splitProperty().get()), vm.splitProperty()));
        badge.setTooltip(tip);
        badge.layoutXProperty()
                .bind(widthProperty()
                        .subtract(badge.widthProperty())
                        .subtract(fail.widthProperty())
                        .subtract(3 * FAIL_INSET));
        badge.setLayoutY(FAIL_INSET);
        InvalidationListener place = o -> {
            if (vm.splitProperty().get() == null) {
                getChildren().remove(badge);
            } else if (!getChildren().contains(badge)) {
                getChildren().add(badge);
            }
        };
        vm.splitProperty().addListener(place);
        place.invalidated(vm.splitProperty());
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
