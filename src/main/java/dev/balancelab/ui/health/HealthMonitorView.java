package dev.balancelab.ui.health;

import dev.balancelab.ui.common.Fxml;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The heartbeat monitor panel ({@code HealthMonitor.fxml}): one {@link HealthRow} per server, its timeline
 * redrawn in every pulse in which it moves by a pixel or gets new entries. */
public final class HealthMonitorView {
    private final HealthMonitorViewModel vm;

    @FXML
    private Label policy;

    @FXML
    private VBox rows;

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
        List<HealthRow> views = vm.rows().stream().map(HealthRow::new).toList();
        rows.getChildren().setAll(views);
        vm.setOnFrame(now -> views.forEach(view -> view.draw(now)));
    }
}
