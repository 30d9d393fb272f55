package dev.balancelab.ui.health;

import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LiveScrollPane;
import dev.balancelab.ui.common.ViewportSlot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The heartbeat monitor panel ({@code HealthMonitor.fxml}): one {@link HealthRow} per server, its timeline redrawn in
 * every pulse in which it moves by a pixel or gets new entries while it can be seen (rows scrolled out of view, or
 * the panel on a hidden tab, are drawn when they show again); servers that are not UP move to the top. Each row sits
 * in a {@link ViewportSlot} (id {@code health-<server id>}) and is in the scene graph only while it is in view of the
 * shown panel or near it. In a lab of several balancers a segmented button ("lb1 | lb2") above chooses whose health
 * checker the rows show.
 */
public final class HealthMonitorView {
    private final HealthMonitorViewModel vm;
    /** Each row's place in the list, holding its view; built when its balancer is first shown. */
    private final Map<HealthRowModel, ViewportSlot> views = new HashMap<>();

    @FXML
    private SegmentedButton choice;

    @FXML
    private Label policy;

    @FXML
    private VBox rows;

    @FXML
    private LiveScrollPane scroll;

    private HealthMonitorView(HealthMonitorViewModel vm) {
        this.vm = vm;
    }

    /** Loads the panel for {@code vm}. */
    public static Parent create(HealthMonitorViewModel vm) {
        return Fxml.load("HealthMonitor", new HealthMonitorView(vm));
    }

    @FXML
    private void initialize() {
        vm.balancerProperty().addListener((obs, old, id) -> {
            choice.getButtons().forEach(b -> b.setSelected(b.getText().equals(id)));
            show();
        });
        if (vm.balancers().size() > 1) {
            vm.balancers().forEach(id -> choice.getButtons().add(button(id)));
            choice.setVisible(true);
            choice.setManaged(true);
        }
        show();
        vm.setOnFrame(this::frame);
    }

    /**
     * Draws the rows in view up to {@code labNanos}; while the panel can be seen, only the rows in view or within a
     * viewport's height of it are in the scene graph (on a hidden tab the rows stay as they are, so the panel shows
     * again as it was).
     */
    private void frame(long labNanos) {
        boolean showing = scroll.showing();
        for (Node node : rows.getChildren()) {
            ViewportSlot slot = (ViewportSlot) node;
            if (showing) {
                slot.hold(scroll.near(slot));
            }
            ((HealthRow) slot.content()).draw(labNanos, scroll.shows(slot));
        }
    }

    private ToggleButton button(String id) {
        ToggleButton button = new ToggleButton(id);
        button.setId("health-balancer-" + id);
        button.setTooltip(new Tooltip(I18n.t("health.balancer.tooltip", id)));
        button.setSelected(id.equals(vm.balancerProperty().get()));
        button.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                vm.balancerProperty().set(id);
            }
        });
        return button;
    }

    /** Shows the chosen balancer's policy and rows. */
    private void show() {
        policy.setText(vm.policy());
        for (HealthRowModel row : vm.rows()) {
            views.computeIfAbsent(row, this::view);
        }
        reorder();
    }

    private ViewportSlot view(HealthRowModel row) {
        row.stateProperty().addListener((obs, old, state) -> reorder());
        ViewportSlot slot = new ViewportSlot(new HealthRow(row));
        slot.setId("health-" + row.id());
        return slot;
    }

    /** Puts the rows in {@link HealthMonitorViewModel#attentionOrder()}, moving nodes only when the order changed. */
    private void reorder() {
        List<Node> order = vm.attentionOrder().stream()
                .map(views::get)
                .map(Node.class::cast)
                .toList();
        if (!order.equals(rows.getChildren())) {
            rows.getChildren().setAll(order);
        }
    }
}
