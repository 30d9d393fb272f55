package dev.balancelab.ui.hashring;

import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerPalette;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.controlsfx.control.ToggleSwitch;

/** The hash-ring panel ({@code HashRing.fxml}): labels bound to {@link HashRingViewModel}, and its drawings. */
public final class HashRingView {
    private final HashRingViewModel vm;

    @FXML
    private Label ringTitle;

    @FXML
    private Label ringMoved;

    @FXML
    private Label ringMovedBack;

    @FXML
    private ToggleSwitch ringModN;

    @FXML
    private Label ringModNMoved;

    /** Narrowest ring row with the legend beside the ring, in px; narrower, it goes under the ring. */
    private static final double LEGEND_BESIDE = 520;

    private static final double LEGEND_WIDTH = 200;

    @FXML
    private GridPane ringRow;

    @FXML
    private VBox legendColumn;

    @FXML
    private StackPane ringBox;

    @FXML
    private RingCanvas ring;

    @FXML
    private Label stripCaption;

    @FXML
    private TableStrip strip;

    @FXML
    private ListView<String> owners;

    @FXML
    private FlowPane legend;

    private HashRingView(HashRingViewModel vm) {
        this.vm = vm;
    }

    /** Loads the panel for {@code vm}. */
    public static Parent create(HashRingViewModel vm) {
        return Fxml.load("HashRing", new HashRingView(vm));
    }

    @FXML
    private void initialize() {
        ringTitle.textProperty().bind(vm.titleProperty());
        ringMoved.textProperty().bind(vm.movedProperty());
        ringMovedBack.textProperty().bind(vm.movedBackProperty());
        ringMovedBack.managedProperty().bind(ringMovedBack.textProperty().isNotEmpty());
        ringModN.selectedProperty().bindBidirectional(vm.modNProperty());
        ringModNMoved.textProperty().bind(vm.modNMovedProperty());
        vm.modNProperty().addListener((o, old, on) -> {
            showWhen(ringModNMoved, on);
            ring.setModN(on);
        });
        new CanvasStyle(ringBox, ring::restyle);
        ring.widthProperty().bind(ringBox.widthProperty());
        ring.heightProperty().bind(ringBox.heightProperty());
        strip.widthProperty().bind(ringRow.widthProperty());
        owners.setItems(vm.ownerRows());
        for (int i = 0; i < vm.legend().size(); i++) {
            Label item = new Label("", new Circle(8, ServerPalette.of(i)));
            item.textProperty().bind(vm.legend().get(i));
            legend.getChildren().add(item);
        }
        ring.setServers(vm.legend().size());
        ring.setLabRate(vm.travelRateProperty().get());
        vm.travelRateProperty().addListener((o, old, rate) -> ring.setLabRate(rate.doubleValue()));
        ringRow.widthProperty().addListener((o, old, width) -> placeLegend(width.doubleValue()));
        placeLegend(ringRow.getWidth());
        vm.pictureProperty().addListener((o, old, picture) -> show(picture));
        strip.widthProperty().addListener(o -> showStrip(vm.pictureProperty().get()));
        show(vm.pictureProperty().get());
    }

    /** The legend beside the ring (one column, as wide as {@link #LEGEND_WIDTH}) or, in a narrow panel, under it. */
    private void placeLegend(double rowWidth) {
        boolean beside = rowWidth >= LEGEND_BESIDE;
        GridPane.setConstraints(legendColumn, beside ? 1 : 0, beside ? 0 : 1);
        legendColumn.setPrefWidth(beside ? LEGEND_WIDTH : Region.USE_COMPUTED_SIZE);
        legendColumn.setMaxWidth(beside ? LEGEND_WIDTH : Double.MAX_VALUE);
        legend.setOrientation(beside ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        legend.setPrefWrapLength(beside ? Math.max(100, ringBox.getHeight() - 40) : Math.max(100, rowWidth));
    }

    private void show(RingPicture picture) {
        ring.show(picture);
        showStrip(picture);
        boolean hashing = picture.kind() != RingPicture.Kind.NONE;
        for (Node node : List.of(ringModN, ringRow)) {
            showWhen(node, hashing);
        }
        showWhen(ringModNMoved, hashing && vm.modNProperty().get());
        showWhen(stripCaption, picture.kind() == RingPicture.Kind.MAGLEV);
        showWhen(strip, picture.kind() == RingPicture.Kind.MAGLEV);
        showWhen(owners, picture.kind() == RingPicture.Kind.KEY_TABLE);
    }

    private void showStrip(RingPicture picture) {
        strip.show(picture.table(), picture.previousTable());
        int size = picture.table().length;
        stripCaption.setText(I18n.t("hashring.strip", picture.changedSlots(), size, TableStrip.shown(size) - 1));
    }

    private static void showWhen(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
