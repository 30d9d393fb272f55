package dev.balancelab.ui.storage;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.data.Rebalance;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.ServerPalette;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The Storage tab: the partitions and their owners as a ring and as lines, the same keys on a hash ring beside a range
 * partitioning, and a "what if" for one node joining or leaving: the ring after it, the keys moved against the ideal,
 * and which owner gave how many to which.
 */
public final class StorageView {
    private static final double RING = 200;

    private StorageView() {}

    /** The tab's content for {@code vm}. */
    public static Parent create(StorageViewModel vm) {
        PartitionRing now = new PartitionRing(RING);
        now.draw(vm.segments());
        PartitionRing after = new PartitionRing(RING);
        Label moved = styled(new Label(), "card-detail");
        moved.setId("storageMoved");
        moved.setWrapText(true);
        VBox flows = new VBox(2);
        ComboBox<String> change = new ComboBox<>();
        change.setId("storageChange");
        change.getItems().setAll(vm.changes());
        change.setOnAction(e -> vm.choose(change.getSelectionModel().getSelectedIndex()));
        vm.changeProperty().addListener((obs, old, m) -> show(vm, m, after, moved, flows));
        int first = vm.changes().size() > 1 ? 1 : 0; // the first node leaves, if one can
        change.getSelectionModel().select(first);
        vm.choose(first);
        VBox box = new VBox(
                8,
                styled(new Label(vm.title()), "panel-title"),
                new HBox(8, new Label(I18n.t("storage.change")), change),
                new HBox(
                        16, captioned(I18n.t("storage.ring.now"), now), captioned(I18n.t("storage.ring.after"), after)),
                moved,
                flows,
                styled(new Label(I18n.t("storage.owners")), "card-detail"),
                lines(vm.owners()));
        if (!vm.onHashRing().isEmpty()) {
            box.getChildren()
                    .addAll(styled(new Label(I18n.t("storage.onHashRing")), "card-detail"), lines(vm.onHashRing()));
        }
        box.setPadding(new Insets(12));
        box.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setWrapText(true));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static void show(StorageViewModel vm, Rebalance.Move m, PartitionRing after, Label moved, VBox flows) {
        after.draw(vm.segments(m.after(), vm.spec()));
        moved.setText(vm.moved(m));
        flows.getChildren().setAll(vm.flows(m).stream().map(Label::new).toList());
    }

    private static VBox captioned(String caption, PartitionRing ring) {
        return new VBox(4, new Label(caption), ring);
    }

    /** One label per line, each with its owner's colour as a square before it. */
    private static VBox lines(List<String> lines) {
        VBox box = new VBox(2);
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(lines.get(i), new Rectangle(12, 12, ServerPalette.of(i)));
            box.getChildren().add(line);
        }
        return box;
    }
}
