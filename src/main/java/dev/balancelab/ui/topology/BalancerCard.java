package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.HealthStyles;
import dev.balancelab.ui.common.I18n;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * One balancer of a lab with several (issue 14): its id, algorithm and VRRP state (MASTER / BACKUP / FAULT, the
 * master-down countdown), {@code :master} and {@code :dead} pseudo-classes. Like a server card, a right-click, the
 * context-menu key or its ⚡ button opens a menu that kills or revives it.
 */
final class BalancerCard extends EndpointCard {
    private static final PseudoClass MASTER = PseudoClass.getPseudoClass("master");
    private final Button fail;

    BalancerCard(BalancerViewModel vm, ObservableStringValue algorithm) {
        super(vm.id(), vm.id(), lines(vm, algorithm), "balancer-card");
        setId("balancer-" + vm.id());
        getStyleClass().add("tier-balancer-card");
        Tooltip.install(this, new Tooltip(vm.description()));
        ContextMenu menu = menu(vm);
        setOnContextMenuRequested(e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        setFocusTraversable(true);
        fail = ServerCard.failButton(this, "fail-" + vm.id(), menu);
        getChildren().add(fail);
        HealthStyles.showAlive(this, vm.aliveProperty().get());
        vm.aliveProperty().addListener((obs, old, alive) -> HealthStyles.showAlive(this, alive));
        pseudoClassStateChanged(MASTER, vm.holderProperty().get());
        vm.holderProperty().addListener((obs, old, holds) -> pseudoClassStateChanged(MASTER, holds));
    }

    private static List<Label> lines(BalancerViewModel vm, ObservableStringValue algorithm) {
        Label name = new Label();
        name.textProperty().bind(algorithm);
        Label state = styled(new Label(), "card-state");
        state.setId("balancer-state-" + vm.id());
        state.textProperty().bind(vm.stateTextProperty());
        Label detail = new Label();
        detail.setId("balancer-detail-" + vm.id());
        detail.textProperty().bind(vm.detailTextProperty());
        return List.of(name, state, detail);
    }

    @Override
    void show(CardMode mode, double width, double height) {
        super.show(mode, width, height);
        fail.setVisible(mode != CardMode.DENSE);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fail.autosize();
    }

    private static ContextMenu menu(BalancerViewModel vm) {
        MenuItem kill = new MenuItem(I18n.t("card.kill", vm.id()));
        kill.setId("kill-" + vm.id());
        kill.setOnAction(e -> vm.kill(true));
        kill.disableProperty().bind(vm.aliveProperty().not());
        MenuItem revive = new MenuItem(I18n.t("card.revive", vm.id()));
        revive.setId("revive-" + vm.id());
        revive.setOnAction(e -> vm.kill(false));
        revive.disableProperty().bind(vm.aliveProperty());
        ContextMenu menu = new ContextMenu(kill, revive);
        if (!vm.region().isEmpty()) { // the whole site: its balancers and servers
            MenuItem killSite = new MenuItem(I18n.t("region.kill", vm.region()));
            killSite.setId("kill-region-" + vm.region() + "-" + vm.id());
            killSite.setOnAction(e -> vm.killSite(true));
            MenuItem reviveSite = new MenuItem(I18n.t("region.revive", vm.region()));
            reviveSite.setOnAction(e -> vm.killSite(false));
            menu.getItems().addAll(new SeparatorMenuItem(), killSite, reviveSite);
        }
        return menu;
    }

    /** The VIP badge: a label that stands on the MASTER's card and moves with the address. */
    static Label vipBadge(String address) {
        Label badge = styled(new Label(vipBadgeText(address, false)), "vip-badge");
        badge.setId("vipBadge");
        badge.setManaged(false);
        badge.setMouseTransparent(false);
        badge.setTooltip(new Tooltip(I18n.t("vip.badge.tooltip", address)));
        return badge;
    }

    /** The VIP badge's text: "VIP 10.0.0.100" on a full card, "VIP" alone on a {@code chip}. */
    static String vipBadgeText(String address, boolean chip) {
        return chip ? I18n.t("vip.badge.short") : I18n.t("vip.badge", address);
    }
}
