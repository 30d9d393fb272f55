package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.ui.common.CanvasCommands;
import dev.balancelab.ui.common.CanvasStyle;
import dev.balancelab.ui.common.Fxml;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.NodeRef;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
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
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

/**
 * The topology canvas ({@code TopologyView.fxml}): the picture — links and scene-graph cards on the paper, cached as one
 * bitmap — and over it the request dots, redrawn in every pulse in which they move. The cards live on a canvas
 * as large as the viewport divided by the text scale and grown until the stored positions do not crowd ({@link TopologyLayout#growth}); it is drawn scaled to fit, times
 * the user's zoom (Ctrl+wheel, Ctrl+plus/minus, Ctrl+0), and panned by dragging the background.
 */
public final class TopologyView implements CanvasCommands {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double ZOOM_STEP = 1.25;

    private final TopologyViewModel vm;
    private final List<EndpointCard> clientCards = new ArrayList<>();
    private final List<ServerCard> serverCards = new ArrayList<>();
    private Geometry geometry;
    private EndpointCard balancerCard;
    private DotLegend legend;
    private final DoubleProperty textScale = new SimpleDoubleProperty(1);
    private double growth = 1;
    private boolean arranged;
    private CardModes modes;
    private double zoom = 1;
    private double panX;
    private double panY;
    private final Affine view = new Affine();

    @FXML
    private StackPane root;

    @FXML
    private Pane picture;

    @FXML
    private LinkLayer links;

    @FXML
    private Pane cards;

    @FXML
    private DotLayer dots;

    private TopologyView(TopologyViewModel vm) {
        this.vm = vm;
    }

    /** Loads the view for {@code vm}; put {@link #root()} in the window. */
    public static TopologyView create(TopologyViewModel vm) {
        TopologyView view = new TopologyView(vm);
        Fxml.load("TopologyView", view);
        return view;
    }

    public Parent root() {
        return root;
    }

    /** How much larger than at 1:1 the cards are drawn when they fit (presentation mode: text for the back row). */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    @FXML
    private void initialize() {
        geometry = vm.geometry();
        for (ClientSpec c : vm.clients()) {
            Label users = new Label(I18n.t("card.users", c.users()));
            EndpointCard card = new EndpointCard(c.name(), c.id(), users, "client-card");
            card.setId("client-" + c.id());
            editable(card, NodeRef.client(c.id()));
            clientCards.add(card);
        }
        balancerCard = balancer();
        for (ServerViewModel s : vm.servers()) {
            ServerCard card = new ServerCard(s);
            editable(card, NodeRef.server(s.id().value()));
            serverCards.add(card);
        }
        root.setOnContextMenuRequested(this::showCanvasMenu);
        // one opaque bitmap for the paper, the links and all cards: the dot canvas above them repaints this whole view
        // every pulse, and the picture changes only when a sample (5 Hz) or an edit changes it; one blit instead of a
        // fill and two (BENCHMARKS.md, "Frame time at 100 servers")
        picture.setCache(true);
        cards.getChildren().addAll(clientCards);
        cards.getChildren().add(balancerCard);
        cards.getChildren().addAll(serverCards);
        legend = new DotLegend(vm.requestsPerDotProperty());
        root.getChildren().add(root.getChildren().indexOf(dots), legend);
        legend.boundsInParentProperty().addListener(o -> relayout());
        root.getChildren().add(stepBanner());
        for (var layer : List.of(links, dots)) {
            layer.widthProperty().bind(root.widthProperty());
            layer.heightProperty().bind(root.heightProperty());
        }
        new CanvasStyle(root, this::restyle);
        root.widthProperty().addListener(o -> relayout());
        root.heightProperty().addListener(o -> relayout());
        textScale.addListener(o -> relayout());
        vm.setOnMoved(this::relayout);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        cards.getTransforms().setAll(view);
        links.setTransform(view);
        dots.setTransform(view);
        new ZoomPan(root, this).install();
        vm.setOnFrame(now -> {
            if (vm.dots().advance(now, geometry)) {
                dots.draw(vm.dots(), geometry);
            }
        });
    }

    /** What step mode is doing, over the top of the canvas, as long as it is on (a class sees why nothing moves). */
    private Label stepBanner() {
        Label banner = styled(new Label(), "step-banner");
        banner.setId("stepBanner");
        banner.textProperty().bind(vm.stepNoteProperty());
        banner.visibleProperty().bind(vm.stepNoteProperty().isNotNull());
        banner.setWrapText(true);
        banner.setMouseTransparent(true);
        banner.maxWidthProperty().bind(root.widthProperty().multiply(0.8));
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        return banner;
    }

    /** Selects the card on press, drags it, and moves the node there on release. */
    private void editable(Node card, NodeRef ref) {
        double[] grab = new double[2];
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            vm.selectionProperty().set(ref);
            Point2D at = cards.sceneToLocal(e.getSceneX(), e.getSceneY());
            grab[0] = at.getX() - card.getLayoutX();
            grab[1] = at.getY() - card.getLayoutY();
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!arranged) {
                Point2D at = cards.sceneToLocal(e.getSceneX(), e.getSceneY());
                card.relocate(at.getX() - grab[0], at.getY() - grab[1]);
            }
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isStillSincePress() && !arranged) {
                Bounds b = card.getBoundsInParent();
                vm.move(ref, geometry.fraction(b.getCenterX(), b.getCenterY()));
            }
        });
        showSelected(card, ref, vm.selectionProperty().get());
        vm.selectionProperty().addListener((obs, old, now) -> showSelected(card, ref, now));
    }

    private static void showSelected(Node card, NodeRef ref, NodeRef selected) {
        card.pseudoClassStateChanged(SELECTED, ref.equals(selected));
    }

    private void showCanvasMenu(ContextMenuEvent e) {
        if (e.getTarget() != root && e.getTarget() != picture && e.getTarget() != cards) {
            return;
        }
        Point2D world = cards.sceneToLocal(e.getSceneX(), e.getSceneY());
        Position at = geometry.fraction(world.getX(), world.getY());
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

    private EndpointCard balancer() {
        Label algorithm = new Label();
        algorithm.textProperty().bind(vm.algorithmProperty());
        algorithm.setWrapText(true); // "Least response time (EWMA)" takes two lines
        EndpointCard card =
                new EndpointCard(I18n.t("card.balancer"), I18n.t("card.balancer.short"), algorithm, "balancer-card");
        Tooltip.install(card, new Tooltip(I18n.t("card.balancer.tooltip")));
        NodeRef ref = NodeRef.balancer();
        card.setOnMouseClicked(e -> vm.selectionProperty().set(ref));
        showSelected(card, ref, vm.selectionProperty().get());
        vm.selectionProperty().addListener((obs, old, now) -> showSelected(card, ref, now));
        return card;
    }

    private void relayout() {
        double width = root.getWidth() / textScale.get();
        double height = root.getHeight() / textScale.get();
        if (width <= 0 || height <= 0) {
            return;
        }
        Drawing drawing = drawing(width, height);
        Bounds key = legend.getBoundsInParent();
        if (drawing.arranged() && covers(drawing, key)) { // a long column reaches the legend: lay out above it
            drawing = drawing(width, key.getMinY() / textScale.get());
        }
        geometry = drawing.geometry();
        growth = drawing.growth();
        arranged = drawing.arranged();
        if (!geometry.modes().equals(modes)) {
            modes = geometry.modes();
            showModes();
        }
        double scale = textScale.get() / growth * zoom;
        view.setToTransform(scale, 0, panX, 0, scale, panY);
        for (int i = 0; i < clientCards.size(); i++) {
            centre(
                    clientCards.get(i),
                    geometry.clientCentreX(i),
                    geometry.clientY(i),
                    geometry.clientWidth(),
                    geometry.clientHeight());
        }
        centre(
                balancerCard,
                geometry.balancerCentreX(),
                geometry.balancerY(),
                geometry.balancerWidth(),
                geometry.balancerHeight());
        for (int i = 0; i < serverCards.size(); i++) {
            centre(
                    serverCards.get(i),
                    geometry.serverCentreX(i),
                    geometry.serverY(i),
                    geometry.serverWidth(),
                    geometry.serverHeight());
        }
        links.redraw(geometry);
        vm.dots().moved();
    }

    private Drawing drawing(double width, double height) {
        double maxGrowth = textScale.get() > 1 ? 1 : TopologyLayout.FULL_CARDS_UP_TO;
        return TopologyLayout.drawing(vm.topology(), width, height, maxGrowth);
    }

    /** Whether a card would be drawn under the dot legend ({@code key}, px of the viewport; the user's zoom aside). */
    private boolean covers(Drawing drawing, Bounds key) {
        double k = drawing.growth() / textScale.get();
        Box legendBox = new Box(key.getMinX() * k, key.getMinY() * k, key.getWidth() * k, key.getHeight() * k);
        return key.getHeight() > 0 && drawing.geometry().cards().stream().anyMatch(card -> card.crowds(legendBox, 0));
    }

    private void showModes() {
        clientCards.forEach(c -> c.show(modes.clients(), geometry.clientWidth(), geometry.clientHeight()));
        balancerCard.show(modes.balancer(), geometry.balancerWidth(), geometry.balancerHeight());
        serverCards.forEach(c -> c.show(modes.servers(), geometry.serverWidth(), geometry.serverHeight()));
    }

    /** The canvas size in px on which the cards are laid out (before zoom): the viewport over the text scale, grown. */
    private double[] canvasSize() {
        return new double[] {root.getWidth() / textScale.get() * growth, root.getHeight() / textScale.get() * growth};
    }

    @Override
    public void addServer() {
        add(NodeRef.Kind.SERVER);
    }

    @Override
    public void addClient() {
        add(NodeRef.Kind.CLIENT);
    }

    private void add(NodeRef.Kind kind) {
        double[] size = canvasSize();
        vm.add(kind, TopologyLayout.freeSlot(vm.topology(), kind, size[0], size[1]), size[0], size[1]);
    }

    @Override
    public void arrange() {
        double[] size = canvasSize();
        vm.arrange(size[0] / growth, size[1] / growth);
    }

    @Override
    public void zoom(int steps) {
        double factor = Math.pow(ZOOM_STEP, steps);
        double cx = root.getWidth() / 2;
        double cy = root.getHeight() / 2;
        panX = cx - (cx - panX) * factor;
        panY = cy - (cy - panY) * factor;
        zoom *= factor;
        relayout();
    }

    /** Moves the drawing by ({@code dx}, {@code dy}) px of the viewport. */
    void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
        relayout();
    }

    @Override
    public void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
        relayout();
    }

    private static void centre(Node card, double x, double y, double width, double height) {
        card.relocate(x - width / 2, y - height / 2);
    }
}
