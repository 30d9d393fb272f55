package dev.balancelab.ui.health;

import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.LiveScrollPane;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The heartbeat monitor panel ({@code HealthMonitor.fxml}): one {@link HealthRow} per server, its timeline redrawn in
 * every pulse in which it moves by a pixel or gets new entries while it can be seen (rows scrolled out of view, or
 * the panel on a hidden tab, are drawn when they show again); servers that are not UP move to the top.
 */
public final class HealthMonitorView {
    private final HealthMonitorViewModel vm;

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
        policy.setText(vm.policy());
        Map<HealthRowModel, HealthRow> views = new LinkedHashMap<>();
        vm.rows().forEach(row -> views.put(row, new HealthRow(row)));
        rows.getChildren().setAll(views.values());
        vm.rows().forEach(row -> row.stateProperty().addListener((obs, old, state) -> reorder(views)));
        vm.setOnFrame(now -> views.values().stream().filter(scroll::shows).forEach(view -> view.draw(now)));
    }

    /** Puts the rows in {@link HealthMonitorViewModel#attentionOrder()}, moving nodes only when the order changed. */
    private void reorder(Map<HealthRowModel, HealthRow> views) {
        List<HealthRow> order = vm.attentionOrder().stream().map(views::get).toList();
        if (!order.equals(rows.getChildren())) {
            rows.getChildren().setAll(order);
        }
    }
}
