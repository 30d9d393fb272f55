package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.NodeRef;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The topology canvas ({@code TopologyView.fxml}): three layers in a StackPane — cached links, scene-graph cards, and
 * the request dots redrawn every pulse.
 */
public final class TopologyView {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final TopologyViewModel vm;
    private final List<Node> clientCards = new ArrayList<>();
    private final List<Node> serverCards = new ArrayList<>();
    private Geometry geometry;
    private Node balancerCard;

    @FXML
    private StackPane root;

    @FXML
    private LinkLayer links;

    @FXML
    private Pane cards;

    @FXML
    private DotLayer dots;

    private TopologyView(TopologyViewModel vm) {
        this.vm = vm;
    }

    /** Loads the view for {@code vm}. */
    public static Parent create(TopologyViewModel vm) {
        return Fxml.load("TopologyView", new TopologyView(vm));
    }

    @FXML
    private void initialize() {
        geometry = vm.geometry();
        for (ClientSpec c : vm.clients()) {
            Label users = new Label(I18n.t("card.users", c.users()));
            Node card = endpoint(c.name(), users, "client-card", Geometry.CLIENT_W, Geometry.CLIENT_H);
            card.setId("client-" + c.id());
            editable(card, NodeRef.client(c.id()), clientCards.size());
            clientCards.add(card);
        }
        balancerCard = balancer();
        for (ServerViewModel s : vm.servers()) {
            ServerCard card = new ServerCard(s);
            editable(card, NodeRef.server(s.id().value()), serverCards.size());
            serverCards.add(card);
        }
        cards.setOnContextMenuRequested(this::showCanvasMenu);
        cards.getChildren().addAll(clientCards);
        cards.getChildren().add(balancerCard);
        cards.getChildren().addAll(serverCards);
        root.getChildren().add(root.getChildren().indexOf(dots), new DotLegend());
        for (var layer : List.of(links, dots)) {
            layer.widthProperty().bind(root.widthProperty());
            layer.heightProperty().bind(root.heightProperty());
        }
        new CanvasStyle(root, this::restyle);
        root.widthProperty().addListener(o -> relayout());
        root.heightProperty().addListener(o -> relayout());
        vm.setOnMoved(() -> {
            geometry = vm.geometry();
            relayout();
        });
        vm.setOnFrame(now -> {
            vm.dots().advance(now, geometry);
            dots.draw(vm.dots());
        });
    }

    /** Selects the card on press, drags it, and moves the node there on release. */
    private void editable(Node card, NodeRef ref, int index) {
        double[] grab = new double[2];
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            vm.selectionProperty().set(ref);
            grab[0] = e.getSceneX() - card.getLayoutX();
            grab[1] = e.getSceneY() - card.getLayoutY();
        });
        card.addEventHandler(
                MouseEvent.MOUSE_DRAGGED, e -> card.relocate(e.getSceneX() - grab[0], e.getSceneY() - grab[1]));
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isStillSincePress()) {
                Bounds b = card.getBoundsInParent();
                Position at = geometry.fraction(b.getCenterX(), b.getCenterY());
                geometry.place(ref.kind(), index, at);
                relayout();
                vm.move(ref, at);
            }
        });
        showSelected(card, ref, vm.selectionProperty().get());
        vm.selectionProperty().addListener((obs, old, now) -> showSelected(card, ref, now));
    }

    private static void showSelected(Node card, NodeRef ref, NodeRef selected) {
        card.pseudoClassStateChanged(SELECTED, ref.equals(selected));
    }

    private void showCanvasMenu(ContextMenuEvent e) {
        if (e.getTarget() != cards) {
            return;
        }
        Position at = geometry.fraction(e.getX(), e.getY());
        MenuItem server = new MenuItem(I18n.t("canvas.addServer"));
        server.setOnAction(a -> vm.addServer(at));
        MenuItem client = new MenuItem(I18n.t("canvas.addClient"));
        client.setOnAction(a -> vm.addClient(at));
        MenuItem remove = new MenuItem(I18n.t("canvas.remove"));
        remove.setOnAction(a -> vm.removeSelected());
        remove.setDisable(vm.selectionProperty().get() == null);
        new ContextMenu(server, client, remove).show(cards, e.getScreenX(), e.getScreenY());
    }

    private void restyle(CanvasStyle style) {
        dots.restyle(style);
        links.restyle(style);
        links.redraw(geometry);
    }

    private Node balancer() {
        Label algorithm = new Label();
        algorithm.textProperty().bind(vm.algorithmProperty());
        VBox card =
                endpoint(I18n.t("card.balancer"), algorithm, "balancer-card", Geometry.BALANCER_W, Geometry.BALANCER_H);
        Tooltip.install(card, new Tooltip(I18n.t("card.balancer.tooltip")));
        NodeRef ref = NodeRef.balancer();
        card.setOnMouseClicked(e -> vm.selectionProperty().set(ref));
        showSelected(card, ref, vm.selectionProperty().get());
        vm.selectionProperty().addListener((obs, old, now) -> showSelected(card, ref, now));
        return card;
    }

    private static VBox endpoint(String title, Label detail, String styleClass, double width, double height) {
        VBox card = new VBox(styled(new Label(title), "card-title"), styled(detail, "card-detail"));
        card.getStyleClass().addAll("card", styleClass);
        ServerCard.fixSize(card, width, height);
        return card;
    }

    private void relayout() {
        geometry.resize(root.getWidth(), root.getHeight());
        for (int i = 0; i < clientCards.size(); i++) {
            centre(
                    clientCards.get(i),
                    geometry.clientCentreX(i),
                    geometry.clientY(i),
                    Geometry.CLIENT_W,
                    Geometry.CLIENT_H);
        }
        centre(
                balancerCard,
                geometry.balancerCentreX(),
                geometry.balancerY(),
                Geometry.BALANCER_W,
                Geometry.BALANCER_H);
        for (int i = 0; i < serverCards.size(); i++) {
            centre(
                    serverCards.get(i),
                    geometry.serverCentreX(i),
                    geometry.serverY(i),
                    Geometry.SERVER_W,
                    Geometry.SERVER_H);
        }
        links.redraw(geometry);
    }

    private static void centre(Node card, double x, double y, double width, double height) {
        card.relocate(x - width / 2, y - height / 2);
    }
}
