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
import javafx.animation.TranslateTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * The topology canvas ({@code TopologyView.fxml}): the picture — links and scene-graph cards on the paper, cached as
 * one bitmap — and over it the request dots, redrawn in every pulse in which they move. The cards live on a canvas as
 * large as the viewport divided by the text scale and grown until the stored positions do not crowd ({@link
 * TopologyLayout#growth}); it is drawn scaled to fit, times the user's zoom (Ctrl+wheel, Ctrl+plus/minus, Ctrl+0), and
 * panned by dragging the background.
 */
public final class TopologyView implements CanvasCommands {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final double ZOOM_STEP = 1.25;

    private final TopologyViewModel vm;
    private final List<EndpointCard> clientCards = new ArrayList<>();
    private final List<ServerCard> serverCards = new ArrayList<>();
    private final List<EndpointCard> storageCards = new ArrayList<>();
    private Geometry geometry;
    private final List<EndpointCard> balancerCards = new ArrayList<>();
    private EndpointCard dnsCard;
    private Label vipBadge;
    private final PulseLayer pulses = new PulseLayer();
    private DotLegend legend;
    private CanvasOverlays overlays;
    /** Px of the viewport above the cards, left to the overlays at the top while they would cover a card. */
    private double top;

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
        FrontViewModel front = vm.front();
        for (int i = 0; i < vm.clients().size(); i++) {
            ClientSpec c = vm.clients().get(i);
            List<Label> lines = new ArrayList<>(List.of(new Label(I18n.t("card.users", c.users()))));
            if (front.dns() != null) {
                Label cache = new Label();
                cache.setId("dns-cache-" + c.id());
                cache.textProperty().bind(front.cacheTextProperty(i));
                Label pinned = new Label();
                pinned.setId("dns-pinned-" + c.id());
                pinned.textProperty().bind(front.pinnedTextProperty(i));
                for (Label line : List.of(cache, pinned)) {
                    Tooltip.install(line, new Tooltip(I18n.t("dns.client.tooltip")));
                    lines.add(line);
                }
            }
            EndpointCard card = new EndpointCard(c.name(), c.id(), lines, "client-card");
            card.setId("client-" + c.id());
            editable(card, NodeRef.client(c.id()));
            clientCards.add(card);
        }
        if (geometry.shape().tiered()) {
            front.balancers().forEach(b -> balancerCards.add(tierBalancer(b)));
        } else {
            balancerCards.add(balancer());
        }
        for (ServerViewModel s : vm.servers()) {
            ServerCard card = new ServerCard(s);
            editable(card, NodeRef.server(s.id().value()));
            serverCards.add(card);
        }
        vm.storage().forEach(n -> storageCards.add(storageCard(n)));
        root.setOnContextMenuRequested(this::showCanvasMenu);
        // one opaque bitmap for the paper, the links and all cards: the dot canvas above them repaints this whole view
        // every pulse, and the picture changes only when a sample (5 Hz) or an edit changes it; one blit instead of a
        // fill and two (BENCHMARKS.md, "Frame time at 100 servers")
        picture.setCache(true);
        cards.getChildren().addAll(clientCards);
        cards.getChildren().addAll(balancerCards);
        cards.getChildren().addAll(serverCards);
        cards.getChildren().addAll(storageCards);
        if (front.dns() != null) {
            dnsCard = dnsCard(front);
            cards.getChildren().add(dnsCard);
        }
        if (front.vip() != null) {
            vipBadge = BalancerCard.vipBadge(front.vip().address());
            cards.getChildren().add(vipBadge);
            front.holderProperty().addListener((obs, old, now) -> moveVipBadge(true));
        }
        front.downRegionsProperty().addListener((obs, old, now) -> {
            links.setDownRegions(now);
            links.redraw(geometry);
        });
        root.getChildren().add(root.getChildren().indexOf(dots), pulses);
        legend = new DotLegend(vm.requestsPerDotProperty());
        root.getChildren().add(root.getChildren().indexOf(dots), legend);
        Label banner = stepBanner();
        root.getChildren().add(banner);
        overlays = new CanvasOverlays(root, banner, legend, this::relayout);
        for (var layer : List.of(links, pulses)) {
            layer.widthProperty().bind(root.widthProperty());
            layer.heightProperty().bind(root.heightProperty());
        }
        dots.follow(root.widthProperty(), root.heightProperty());
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
        pulses.setTransform(view);
        dots.setTransform(view);
        new ZoomPan(root, this).install();
        LoadBars bars = new LoadBars(serverCards);
        vm.setOnFrame(now -> {
            boolean requests = vm.dots().advance(now, geometry);
            if (vm.storageDots().advance(now, geometry) | requests | bars.takeChanged()) {
                dots.draw(vm.dots(), vm.storageDots(), bars, geometry);
            }
            pulses.draw(vm.front().pulses(), geometry, now);
        });
    }

    /**
     * A storage node's card: its name, and what it answered or that it is down (dashed border); a click selects it (the
     * Edit tab edits it and its tier) and offers to kill it or, when down, to revive it.
     */
    private EndpointCard storageCard(StorageNodeViewModel node) {
        Label detail = new Label();
        detail.textProperty().bind(node.detailProperty());
        EndpointCard card = new EndpointCard(node.name(), node.id().value(), detail, "storage-card");
        card.setId("storage-" + node.id().value());
        node.downProperty().addListener((obs, was, down) -> card.pseudoClassStateChanged(DOWN, down));
        NodeRef ref = NodeRef.storage(node.id().value());
        showSelected(card, ref, vm.selectionProperty().get());
        vm.selectionProperty().addListener((obs, old, now) -> showSelected(card, ref, now));
        card.setOnMouseClicked(e -> {
            vm.selectionProperty().set(ref);
            MenuItem toggle = new MenuItem(
                    I18n.t(node.downProperty().get() ? "storage.menu.revive" : "storage.menu.kill", node.name()));
            toggle.setOnAction(a -> vm.toggleStorage(node));
            new ContextMenu(toggle).show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return card;
    }

    /** What step mode is doing, over the top of the canvas, as long as it is on (a class sees why nothing moves). */
    private Label stepBanner() {
        Label banner = styled(new Label(), "step-banner");
        banner.setId("stepBanner");
        banner.textProperty().bind(vm.stepNoteProperty());
        banner.visibleProperty().bind(vm.stepNoteProperty().isNotNull());
        banner.setWrapText(true);
        banner.setMouseTransparent(true);
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
        pulses.restyle(style);
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

    /** A balancer of a lab with several: selecting it selects the balancer settings (shared by all of them). */
    private EndpointCard tierBalancer(BalancerViewModel b) {
        BalancerCard card = new BalancerCard(b, vm.algorithmProperty());
        NodeRef ref = NodeRef.balancer();
        card.setOnMouseClicked(e -> vm.selectionProperty().set(ref));
        return card;
    }

    /** The DNS node: its TTL and the share of users that ignore it. */
    private static EndpointCard dnsCard(FrontViewModel front) {
        Label detail = new Label();
        detail.textProperty().bind(front.dnsTextProperty());
        EndpointCard card = new EndpointCard(I18n.t("dns.card.title"), "DNS", detail, "dns-card");
        card.setId("dns");
        Tooltip.install(
                card,
                new Tooltip(
                        I18n.t("dns.card.tooltip", String.join(", ", front.dns().answers()))));
        return card;
    }

    /**
     * Puts the VIP badge on the top edge of the MASTER's card (hidden while no balancer holds it); {@code animate}:
     * it travels there from where it stood, so a class sees the address move. On a chip, whose name fills it, the
     * badge says only "VIP" (the address stays in its tooltip) and stands just above the chip's right corner.
     */
    private void moveVipBadge(boolean animate) {
        String holder = vm.front().holderProperty().get();
        int b = holder == null ? -1 : geometry.shape().balancer(holder);
        vipBadge.setVisible(b >= 0);
        if (b < 0) {
            return;
        }
        boolean chip = geometry.modes().balancer() != CardMode.FULL;
        vipBadge.setText(BalancerCard.vipBadgeText(vm.front().vip().address(), chip));
        vipBadge.autosize();
        Box card = geometry.balancerBox(b);
        double x = card.maxX() - vipBadge.getWidth() - (chip ? 0 : 30);
        double y = card.y() - vipBadge.getHeight() / (chip ? 1 : 2);
        double fromX = vipBadge.getLayoutX() + vipBadge.getTranslateX();
        double fromY = vipBadge.getLayoutY() + vipBadge.getTranslateY();
        vipBadge.relocate(x, y);
        if (animate) {
            TranslateTransition move = new TranslateTransition(Duration.millis(700), vipBadge);
            move.setFromX(fromX - x);
            move.setFromY(fromY - y);
            move.setToX(0);
            move.setToY(0);
            move.play();
        }
    }

    private void relayout() {
        double width = root.getWidth() / textScale.get();
        double height = root.getHeight() / textScale.get();
        if (width <= 0 || height <= 0) {
            return;
        }
        Drawing whole = drawing(width, height);
        Drawing drawing = whole;
        overlays.place(inViewport(whole));
        // the cards make room for the step banner and the replay label; for the legend and the timeline as long as that
        // keeps them as full as they are, else, where the tiered layout put a card under the legend, above the legend
        boolean overBottom = overlays.bottomBoxes().stream().anyMatch(box -> covers(whole, box));
        if (overBottom) {
            overlays.centreBanner();
        }
        boolean underTop = overlays.topBoxes().stream().anyMatch(box -> covers(whole, box));
        top = underTop ? overlays.top() : 0;
        if (underTop || overBottom) {
            // the bottom ones too: cards moved down for the top ones might reach them
            Drawing between = drawing(width, Math.max(1, overlays.bottom() - top) / textScale.get());
            if (underTop
                    || !between.geometry().modes().smallerThan(whole.geometry().modes())) {
                drawing = between;
            } else if (whole.arranged() && covers(whole, legend.getBoundsInParent())) {
                drawing = drawing(width, legend.getBoundsInParent().getMinY() / textScale.get());
            }
        }
        geometry = drawing.geometry();
        growth = drawing.growth();
        arranged = drawing.arranged();
        if (!geometry.modes().equals(modes)) {
            modes = geometry.modes();
            showModes();
        }
        double scale = textScale.get() / growth * zoom;
        view.setToTransform(scale, 0, panX, 0, scale, panY + top);
        for (int i = 0; i < clientCards.size(); i++) {
            centre(
                    clientCards.get(i),
                    geometry.clientCentreX(i),
                    geometry.clientY(i),
                    geometry.clientWidth(),
                    geometry.clientHeight());
        }
        for (int b = 0; b < balancerCards.size(); b++) {
            centre(
                    balancerCards.get(b),
                    geometry.balancerCentreX(b),
                    geometry.balancerY(b),
                    geometry.balancerWidth(),
                    geometry.balancerHeight());
        }
        if (dnsCard != null) {
            Box box = geometry.dnsBox();
            centre(dnsCard, box.centreX(), box.centreY(), box.width(), box.height());
        }
        if (vipBadge != null) {
            moveVipBadge(false);
        }
        for (int i = 0; i < serverCards.size(); i++) {
            centre(
                    serverCards.get(i),
                    geometry.serverCentreX(i),
                    geometry.serverY(i),
                    geometry.serverWidth(),
                    geometry.serverHeight());
        }
        for (int i = 0; i < storageCards.size(); i++) {
            centre(
                    storageCards.get(i),
                    geometry.storageCentreX(i),
                    geometry.storageY(i),
                    geometry.storageWidth(),
                    geometry.storageHeight());
        }
        links.redraw(geometry);
        vm.dots().moved();
        vm.storageDots().moved();
    }

    private Drawing drawing(double width, double height) {
        double maxGrowth = textScale.get() > 1 ? 1 : TopologyLayout.FULL_CARDS_UP_TO;
        return TopologyLayout.drawing(vm.topology(), width, height, maxGrowth);
    }

    /** The cards of {@code drawing} in px of the viewport (the user's zoom aside). */
    private List<Box> inViewport(Drawing drawing) {
        double k = drawing.growth() / textScale.get();
        return drawing.geometry().cards().stream()
                .map(b -> new Box(b.x() / k, b.y() / k, b.width() / k, b.height() / k))
                .toList();
    }

    /** Whether a card would be drawn under an overlay ({@code key}, px of the viewport; the user's zoom aside). */
    private boolean covers(Drawing drawing, Bounds key) {
        double k = drawing.growth() / textScale.get();
        Box legendBox = new Box(key.getMinX() * k, key.getMinY() * k, key.getWidth() * k, key.getHeight() * k);
        return key.getHeight() > 0 && drawing.geometry().cards().stream().anyMatch(card -> card.crowds(legendBox, 0));
    }

    private void showModes() {
        clientCards.forEach(c -> c.show(modes.clients(), geometry.clientWidth(), geometry.clientHeight()));
        balancerCards.forEach(c -> c.show(modes.balancer(), geometry.balancerWidth(), geometry.balancerHeight()));
        if (dnsCard != null) {
            dnsCard.show(
                    modes.clients(),
                    geometry.dnsBox().width(),
                    geometry.dnsBox().height());
        }
        serverCards.forEach(c -> c.show(modes.servers(), geometry.serverWidth(), geometry.serverHeight()));
        storageCards.forEach(c -> c.show(modes.storage(), geometry.storageWidth(), geometry.storageHeight()));
    }

    /** The canvas size in px on which the cards are laid out (before zoom): the viewport over the text scale, grown. */
    private double[] canvasSize() {
        return new double[] {root.getWidth() / textScale.get() * growth, root.getHeight() / textScale.get() * growth};
    }

    /**
     * Puts {@code label} over the canvas's top right corner and {@code bar} over its bottom right corner (the
     * timeline's replay label and scrub bar), apart from the step banner, the dot legend and the cards.
     */
    public void corners(Region label, Region bar) {
        overlays.corners(label, bar);
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
