package dev.balancelab.ui.topology;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.CjkFont;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are on the topology canvas, in pixels: the centre of every card and the anchor points where links
 * (and the request dots that travel along them) meet the cards. Positions come from the topology as 0..1 fractions
 * of the canvas; a centre closer to an edge than half its card (plus {@link #EDGE_X} / {@link #EDGE_Y}) is moved in,
 * so that cards never leave the canvas.
 */
final class Geometry {
    static final double CLIENT_W = 150;
    /** Height of a full client card in English, px ({@link #clientH()} in the language in use). */
    static final double CLIENT_H = 64;

    static final double BALANCER_W = 200;
    static final double BALANCER_H = 84;
    static final double SERVER_W = 245;
    static final double SERVER_H = 108;
    /** The text sizes of a full card's lines, px (lab.css: {@code .card-title} 18, {@code .card-detail} 14). */
    private static final double ENDPOINT_LINES_PX = 18 + 14;
    /** Title, state, in-flight and completed lines of a full server card, px (18, 15, 14, 14). */
    private static final double SERVER_LINES_PX = 18 + 15 + 14 + 14;
    /** Least space between a card and the canvas's left or right edge, px. */
    static final double EDGE_X = 16;
    /** Least space between a card and the canvas's top or bottom edge, px. */
    static final double EDGE_Y = 12;

    private final Position[] clients;
    private final Position[] servers;
    private final Position[] storage;
    private final CardModes modes;
    private final double clientW;
    private final double clientH;
    private final double balancerW;
    private final double balancerH;
    private final double serverW;
    private final double serverH;
    private final double storageW;
    private final double storageH;
    private final Position balancer;
    private final double[] clientX;
    private final double[] clientY;
    private final double[] serverX;
    private final double[] serverY;
    private final double[] storageX;
    private final double[] storageY;
    private double balancerX;
    private double balancerY;
    private double width;
    private double height;

    Geometry(List<Position> clients, Position balancer, List<Position> servers) {
        this(clients, balancer, servers, CardModes.servers(CardMode.FULL));
    }

    /** Cards of each tier in its mode of {@code modes}, at the base font; no storage tier. */
    Geometry(List<Position> clients, Position balancer, List<Position> servers, CardModes modes) {
        this(clients, balancer, servers, List.of(), modes);
    }

    /** Cards of each tier in its mode of {@code modes}, at the base font, storage nodes right of the servers. */
    Geometry(
            List<Position> clients,
            Position balancer,
            List<Position> servers,
            List<Position> storage,
            CardModes modes) {
        double font = CardMode.BASE_FONT_PX;
        this.modes = modes;
        this.clientW = modes.clients().width(Tier.clients(1), font);
        this.clientH = modes.clients().height(Tier.clients(1), font);
        this.balancerW = modes.balancer().width(Tier.balancers(1), font);
        this.balancerH = modes.balancer().height(Tier.balancers(1), font);
        this.serverW = modes.servers().width(Tier.servers(1), font);
        this.serverH = modes.servers().height(Tier.servers(1), font);
        this.storageW = modes.storage().width(Tier.storage(1), font);
        this.storageH = modes.storage().height(Tier.storage(1), font);
        this.storage = storage.toArray(Position[]::new);
        this.storageX = new double[this.storage.length];
        this.storageY = new double[this.storage.length];
        this.clients = clients.toArray(Position[]::new);
        this.servers = servers.toArray(Position[]::new);
        this.balancer = balancer;
        this.clientX = new double[this.clients.length];
        this.clientY = new double[this.clients.length];
        this.serverX = new double[this.servers.length];
        this.serverY = new double[this.servers.length];
    }

    /**
     * The topology's stored positions; the balancer has none: it sits halfway between the rightmost client and the
     * leftmost server, so that it stays between the tiers however many columns they wrap into.
     */
    static Geometry of(Topology t) {
        return of(t, CardMode.FULL);
    }

    /** As {@link #of(Topology)}, with server cards in {@code serverCards} mode. */
    static Geometry of(Topology t, CardMode serverCards) {
        List<Position> clients = t.clients().stream().map(ClientSpec::position).toList();
        List<Position> servers = t.servers().stream().map(ServerSpec::position).toList();
        List<Position> storage = t.storage() == null
                ? List.of()
                : t.storage().nodes().stream().map(StorageNodeSpec::position).toList();
        double clientsX = clients.stream().mapToDouble(Position::x).max().orElse(0);
        double serversX = servers.stream().mapToDouble(Position::x).min().orElse(1);
        return new Geometry(
                clients,
                new Position((clientsX + serversX) / 2, 0.5),
                servers,
                storage,
                CardModes.servers(serverCards));
    }

    /**
     * The cards where {@code plan} (clients | balancer | servers [| storage], as {@link TopologyLayout#plan} makes it)
     * puts them, in its modes; resize to the plan's canvas.
     */
    static Geometry of(LayoutPlan plan) {
        List<PlacedTier> tiers = plan.tiers();
        boolean storage = tiers.size() > TopologyLayout.STORAGE;
        CardMode storageMode = storage ? tiers.get(TopologyLayout.STORAGE).mode() : CardMode.FULL;
        return new Geometry(
                positions(plan, tiers.get(0)),
                positions(plan, tiers.get(1)).get(0),
                positions(plan, tiers.get(2)),
                storage ? positions(plan, tiers.get(TopologyLayout.STORAGE)) : List.of(),
                new CardModes(
                        tiers.get(0).mode(), tiers.get(1).mode(), tiers.get(2).mode(), storageMode));
    }

    private static List<Position> positions(LayoutPlan plan, PlacedTier tier) {
        return tier.cards().stream()
                .map(b -> b.position(plan.width(), plan.height()))
                .toList();
    }

    /** Height of a full client card in the language in use, px: taller lines in Chinese. */
    static double clientH() {
        return CLIENT_H + CjkFont.extraLineEm() * ENDPOINT_LINES_PX;
    }

    /** Height of the full balancer card in the language in use, px. */
    static double balancerH() {
        return BALANCER_H + CjkFont.extraLineEm() * ENDPOINT_LINES_PX;
    }

    /** Height of a full server card in the language in use, px. */
    static double serverH() {
        return SERVER_H + CjkFont.extraLineEm() * SERVER_LINES_PX;
    }

    /** How much each tier's cards show. */
    CardModes modes() {
        return modes;
    }

    /** Width of a client card, px. */
    double clientWidth() {
        return clientW;
    }

    /** Height of a client card, px. */
    double clientHeight() {
        return clientH;
    }

    /** Width of the balancer card, px. */
    double balancerWidth() {
        return balancerW;
    }

    /** Height of the balancer card, px. */
    double balancerHeight() {
        return balancerH;
    }

    /** Width of a server card, px. */
    double serverWidth() {
        return serverW;
    }

    /** Height of a server card, px. */
    double serverHeight() {
        return serverH;
    }

    /** Maps every position onto a canvas of this size. */
    void resize(double width, double height) {
        this.width = width;
        this.height = height;
        for (int i = 0; i < clients.length; i++) {
            clientX[i] = inside(clients[i].x() * width, clientW / 2 + EDGE_X, width);
            clientY[i] = inside(clients[i].y() * height, clientH / 2 + EDGE_Y, height);
        }
        for (int i = 0; i < servers.length; i++) {
            serverX[i] = inside(servers[i].x() * width, serverW / 2 + EDGE_X, width);
            serverY[i] = inside(servers[i].y() * height, serverH / 2 + EDGE_Y, height);
        }
        for (int i = 0; i < storage.length; i++) {
            storageX[i] = inside(storage[i].x() * width, storageW / 2 + EDGE_X, width);
            storageY[i] = inside(storage[i].y() * height, storageH / 2 + EDGE_Y, height);
        }
        balancerX = inside(balancer.x() * width, balancerW / 2 + EDGE_X, width);
        balancerY = inside(balancer.y() * height, balancerH / 2 + EDGE_Y, height);
    }

    /** The canvas point (px) as a position, each coordinate clamped to 0..1. */
    Position fraction(double x, double y) {
        return new Position(Math.max(0, Math.min(1, x / width)), Math.max(0, Math.min(1, y / height)));
    }

    private static double inside(double centre, double margin, double size) {
        return Math.max(margin, Math.min(size - margin, centre));
    }

    /** Every card's box at the last {@link #resize}: the clients, the balancer, the servers, the storage nodes, px. */
    List<Box> cards() {
        List<Box> cards = new ArrayList<>();
        for (int i = 0; i < clientX.length; i++) {
            cards.add(Box.centredAt(clientX[i], clientY[i], clientW, clientH));
        }
        cards.add(Box.centredAt(balancerX, balancerY, balancerW, balancerH));
        for (int i = 0; i < serverX.length; i++) {
            cards.add(Box.centredAt(serverX[i], serverY[i], serverW, serverH));
        }
        for (int i = 0; i < storageX.length; i++) {
            cards.add(Box.centredAt(storageX[i], storageY[i], storageW, storageH));
        }
        return cards;
    }

    int clientCount() {
        return clientX.length;
    }

    int serverCount() {
        return serverX.length;
    }

    double clientCentreX(int i) {
        return clientX[i];
    }

    double serverCentreX(int i) {
        return serverX[i];
    }

    double balancerCentreX() {
        return balancerX;
    }

    /**
     * The right edge of client {@code i}'s card; for {@link #REAL_CLIENTS} and {@link #EXTERNAL}, of their badge under
     * the balancer.
     */
    double clientOutX(int i) {
        return (i >= 0 ? clientX[i] : entranceX(i)) + clientW / 2;
    }

    double clientY(int i) {
        return i >= 0 ? clientY[i] : entranceY();
    }

    /** Client index of requests that came through the lab's HTTP proxy (the engine's {@code RequestState}). */
    static final int REAL_CLIENTS = -1;
    /** Client index of requests an external balancer (real nginx) sent straight to a backend port. */
    static final int EXTERNAL = -2;

    /** Centre x of the badge of {@link #REAL_CLIENTS} (left) or {@link #EXTERNAL} (right), under the balancer. */
    double entranceX(int i) {
        return balancerX + (i == REAL_CLIENTS ? -1 : 1) * (CLIENT_W / 2 + 8);
    }

    /** Centre y of the two badges: under the balancer, inside the canvas. */
    double entranceY() {
        return Math.min(balancerY + BALANCER_H / 2 + CLIENT_H, height - CLIENT_H / 2);
    }

    /** Where links from clients reach the balancer (its left edge). */
    double balancerInX() {
        return balancerX - balancerW / 2;
    }

    /** Where links to servers leave the balancer (its right edge). */
    double balancerOutX() {
        return balancerX + balancerW / 2;
    }

    double balancerY() {
        return balancerY;
    }

    /** Bottom edge of the balancer card, where requests nobody can serve are dropped. */
    double balancerBottomY() {
        return balancerY + balancerH / 2;
    }

    /** Where a link reaches a server (its left edge). */
    double serverInX(int i) {
        return serverX[i] - serverW / 2;
    }

    double serverY(int i) {
        return serverY[i];
    }

    /** Where links to the storage tier leave a server (its right edge). */
    double serverOutX(int i) {
        return serverX[i] + serverW / 2;
    }

    int storageCount() {
        return storageX.length;
    }

    double storageCentreX(int i) {
        return storageX[i];
    }

    double storageY(int i) {
        return storageY[i];
    }

    /** Where a link from a server reaches storage node {@code i} (its left edge). */
    double storageInX(int i) {
        return storageX[i] - storageW / 2;
    }

    double storageWidth() {
        return storageW;
    }

    double storageHeight() {
        return storageH;
    }
}
