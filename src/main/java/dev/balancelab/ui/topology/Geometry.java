package dev.balancelab.ui.topology;

import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StorageNodeSpec;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.CjkFont;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

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
    /** The state and detail lines a balancer card of a tiered lab adds (MASTER / BACKUP / FAULT, the countdown), px. */
    static final double BALANCER_STATE_H = 40;
    /** The two lines of the users' cached DNS answers a client card adds, px. */
    static final double DNS_LINE_H = 36;
    /** Width of the DNS node's card and of a client card in a lab with DNS (its cached answers), px. */
    static final double DNS_W = 210;
    /** Space a region band keeps around its cards, px; its name stands in the left one, upright. */
    static final double REGION_PAD = 10;
    /** Room on a region band's left for its name, written upwards, px. */
    static final double REGION_LABEL = 26;
    /** How far the VRRP link between two balancers bulges out left of their cards, px. */
    private static final double VRRP_BULGE = 40;
    /** Vertical space between two balancer cards stacked in one column or region, px. */
    private static final double BALANCER_GAP = 24;

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
    private final Position[] balancers;
    /** Whether the balancers' y comes from their column (stacked around the centre) rather than from a plan. */
    private final boolean stack;

    private final Position dns;
    private final FrontShape shape;
    private final CardModes modes;
    private final double clientW;
    private final double clientH;
    private final double balancerW;
    private final double balancerH;
    private final double serverW;
    private final double serverH;
    private final double dnsW;
    private final double dnsH;
    private final double[] clientX;
    private final double[] clientY;
    private final double[] serverX;
    private final double[] serverY;
    private final Position[] storage;
    private final double storageW;
    private final double storageH;
    private final double[] storageX;
    private final double[] storageY;
    private final double[] balancerX;
    private final double[] balancerY;
    private double dnsX;
    private double dnsY;
    private double width;
    private double height;

    Geometry(List<Position> clients, Position balancer, List<Position> servers) {
        this(
                clients,
                List.of(balancer),
                servers,
                List.of(),
                CardModes.servers(CardMode.FULL),
                FrontShape.SINGLE,
                null,
                false);
    }

    /**
     * Cards of each tier in its mode of {@code modes}, at the base font.
     *
     * @param balancers one position per balancer of {@code shape}
     * @param storage one position per storage node, right of the servers; empty without a storage tier
     * @param dns the DNS node's position, null without one
     * @param stack whether to stack the balancers around their column's centre (stored positions) rather than keep
     *     their given y (a plan); with regions each stands by its region's servers either way
     */
    Geometry(
            List<Position> clients,
            List<Position> balancers,
            List<Position> servers,
            List<Position> storage,
            CardModes modes,
            FrontShape shape,
            Position dns,
            boolean stack) {
        double font = CardMode.BASE_FONT_PX;
        this.modes = modes;
        this.shape = shape;
        this.clientW = modes.clients().width(Tier.clients(1, shape.dns()), font);
        this.clientH = modes.clients().height(Tier.clients(1, shape.dns()), font);
        this.balancerW = modes.balancer().width(Tier.balancers(1, shape.tiered()), font);
        this.balancerH = modes.balancer().height(Tier.balancers(1, shape.tiered()), font);
        this.serverW = modes.servers().width(Tier.servers(1), font);
        this.serverH = modes.servers().height(Tier.servers(1), font);
        this.storageW = modes.storage().width(Tier.storage(1), font);
        this.storageH = modes.storage().height(Tier.storage(1), font);
        this.storage = storage.toArray(Position[]::new);
        this.storageX = new double[this.storage.length];
        this.storageY = new double[this.storage.length];
        this.dnsW = modes.dns().width(Tier.dns(1), font);
        this.dnsH = modes.dns().height(Tier.dns(1), font);
        this.clients = clients.toArray(Position[]::new);
        this.servers = servers.toArray(Position[]::new);
        this.balancers = balancers.toArray(Position[]::new);
        this.dns = dns;
        this.stack = stack;
        this.clientX = new double[this.clients.length];
        this.clientY = new double[this.clients.length];
        this.serverX = new double[this.servers.length];
        this.serverY = new double[this.servers.length];
        this.balancerX = new double[this.balancers.length];
        this.balancerY = new double[this.balancers.length];
    }

    /**
     * The topology's stored positions; the balancers have none: they sit halfway between the rightmost client and the
     * leftmost server, so that they stay between the tiers however many columns they wrap into, stacked around the
     * middle (or each by its region's servers); a DNS node stands at the top, halfway between the clients and them.
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
        FrontShape shape = FrontShape.of(t);
        Position balancer = new Position((clientsX + serversX) / 2, 0.5);
        Position dns = shape.dns() ? new Position((clientsX + balancer.x()) / 2, 0) : null;
        return new Geometry(
                clients,
                Collections.nCopies(shape.balancers().size(), balancer),
                servers,
                storage,
                CardModes.servers(serverCards),
                shape,
                dns,
                true);
    }

    /**
     * The cards where {@code plan} (DNS | clients | balancers | servers | storage, as {@link TopologyLayout#plan} makes
     * it for {@code t}) puts them, in its modes; resize to the plan's canvas.
     */
    static Geometry of(LayoutPlan plan, Topology t) {
        List<PlacedTier> tiers = plan.tiers();
        List<Position> dns = positions(plan, tiers.get(TopologyLayout.DNS));
        return new Geometry(
                positions(plan, tiers.get(TopologyLayout.CLIENTS)),
                positions(plan, tiers.get(TopologyLayout.BALANCERS)),
                positions(plan, tiers.get(TopologyLayout.SERVERS)),
                positions(plan, tiers.get(TopologyLayout.STORAGE)),
                new CardModes(
                        tiers.get(TopologyLayout.CLIENTS).mode(),
                        tiers.get(TopologyLayout.BALANCERS).mode(),
                        tiers.get(TopologyLayout.SERVERS).mode(),
                        tiers.get(TopologyLayout.STORAGE).mode(),
                        tiers.get(TopologyLayout.DNS).mode()),
                FrontShape.of(t),
                dns.isEmpty() ? null : dns.get(0),
                false);
    }

    private static List<Position> positions(LayoutPlan plan, PlacedTier tier) {
        return tier.cards().stream()
                .map(b -> b.position(plan.width(), plan.height()))
                .toList();
    }

    /** Height of a full client card in the language in use, px: taller lines in Chinese. */
    static double clientH() {
        return clientH(false);
    }

    /** As {@link #clientH()}; {@code dns}: with the line of the users' cached DNS answers. */
    static double clientH(boolean dns) {
        double lines = dns ? ENDPOINT_LINES_PX + 2 * 14 : ENDPOINT_LINES_PX;
        return CLIENT_H + (dns ? DNS_LINE_H : 0) + CjkFont.extraLineEm() * lines;
    }

    /**
     * Height of a full balancer card in the language in use, px; {@code tiered}: with the state line of a lab of
     * several balancers.
     */
    static double balancerH(boolean tiered) {
        double lines = tiered ? ENDPOINT_LINES_PX + 15 + 14 : ENDPOINT_LINES_PX;
        return BALANCER_H + (tiered ? BALANCER_STATE_H : 0) + CjkFont.extraLineEm() * lines;
    }

    /** Height of a full server card in the language in use, px. */
    static double serverH() {
        return SERVER_H + CjkFont.extraLineEm() * SERVER_LINES_PX;
    }

    /** The balancer tier this geometry draws: balancer ids, DNS, regions. */
    FrontShape shape() {
        return shape;
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
        for (int i = 0; i < balancers.length; i++) {
            balancerX[i] = inside(balancers[i].x() * width, balancerW / 2 + EDGE_X, width);
            balancerY[i] = balancers[i].y() * height;
        }
        if (!shape.regions().isEmpty()) {
            shape.regions().forEach(this::standByRegion);
            keepApart(height);
        } else if (stack) {
            stackAround(allBalancers(), height / 2);
        }
        for (int i = 0; i < balancers.length; i++) {
            balancerY[i] = inside(balancerY[i], balancerH / 2 + EDGE_Y, height);
        }
        if (dns != null) {
            dnsX = inside(dns.x() * width, dnsW / 2 + EDGE_X, width);
            dnsY = inside(dns.y() * height, dnsH / 2 + EDGE_Y, height);
        }
    }

    private List<Integer> allBalancers() {
        return IntStream.range(0, balancers.length).boxed().toList();
    }

    /** Stacks the balancers of {@code region} around the middle of its servers (or of the canvas if it has none). */
    private void standByRegion(String region) {
        List<Integer> members = allBalancers().stream()
                .filter(b -> shape.balancerRegions().get(b).equals(region))
                .toList();
        double centre = IntStream.range(0, servers.length)
                .filter(s -> shape.serverRegions().get(s).equals(region))
                .mapToDouble(s -> serverY[s])
                .average()
                .orElse(height / 2);
        stackAround(members, centre);
    }

    /**
     * Moves balancers down until no two of one column overlap (regions whose servers stand close together put theirs
     * close too), then the column up as far as it ran past the bottom edge.
     */
    private void keepApart(double height) {
        double step = balancerH + BALANCER_GAP;
        List<Integer> order = allBalancers().stream()
                .sorted(java.util.Comparator.comparingDouble(b -> balancerY[b]))
                .toList();
        for (int k = 1; k < order.size(); k++) {
            int b = order.get(k);
            int above = order.get(k - 1);
            if (balancerX[b] == balancerX[above]) {
                balancerY[b] = Math.max(balancerY[b], balancerY[above] + step);
            }
        }
        double over = order.isEmpty() ? 0 : balancerY[order.get(order.size() - 1)] + balancerH / 2 + EDGE_Y - height;
        if (over > 0) {
            order.forEach(b -> balancerY[b] -= over);
        }
    }

    private void stackAround(List<Integer> members, double centre) {
        double step = balancerH + BALANCER_GAP;
        for (int k = 0; k < members.size(); k++) {
            balancerY[members.get(k)] = centre + (k - (members.size() - 1) / 2.0) * step;
        }
    }

    /** The canvas point (px) as a position, each coordinate clamped to 0..1. */
    Position fraction(double x, double y) {
        return new Position(Math.max(0, Math.min(1, x / width)), Math.max(0, Math.min(1, y / height)));
    }

    private static double inside(double centre, double margin, double size) {
        return Math.max(margin, Math.min(size - margin, centre));
    }

    /**
     * Every card's box at the last {@link #resize}: the clients, the balancers, the servers, the storage nodes, then
     * the DNS node, px.
     */
    List<Box> cards() {
        List<Box> cards = new ArrayList<>();
        for (int i = 0; i < clientX.length; i++) {
            cards.add(Box.centredAt(clientX[i], clientY[i], clientW, clientH));
        }
        for (int i = 0; i < balancerX.length; i++) {
            cards.add(balancerBox(i));
        }
        for (int i = 0; i < serverX.length; i++) {
            cards.add(Box.centredAt(serverX[i], serverY[i], serverW, serverH));
        }
        for (int i = 0; i < storageX.length; i++) {
            cards.add(Box.centredAt(storageX[i], storageY[i], storageW, storageH));
        }
        if (dns != null) {
            cards.add(dnsBox());
        }
        return cards;
    }

    /** Balancer {@code b}'s card, px. */
    Box balancerBox(int b) {
        return Box.centredAt(balancerX[b], balancerY[b], balancerW, balancerH);
    }

    /** Whether the lab has a DNS node. */
    boolean hasDns() {
        return dns != null;
    }

    /** The DNS node's card, px (only if {@link #hasDns()}). */
    Box dnsBox() {
        return Box.centredAt(dnsX, dnsY, dnsW, dnsH);
    }

    /**
     * Each region's band, in the order of {@link FrontShape#regions()}: its balancers and servers with {@link
     * #REGION_PAD} px around them and {@link #REGION_LABEL} px on the left for its name; where two bands would overlap
     * they meet halfway between their cards. Empty boxes for a region without cards.
     */
    List<Box> regionBands() {
        List<Box> bands = new ArrayList<>();
        for (String region : shape.regions()) {
            List<Box> members = new ArrayList<>();
            for (int b = 0; b < balancerX.length; b++) {
                if (shape.balancerRegions().get(b).equals(region)) {
                    members.add(balancerBox(b));
                }
            }
            for (int s = 0; s < serverX.length; s++) {
                if (shape.serverRegions().get(s).equals(region)) {
                    members.add(Box.centredAt(serverX[s], serverY[s], serverW, serverH));
                }
            }
            Box u = Box.union(members);
            bands.add(
                    members.isEmpty()
                            ? u
                            : new Box(
                                    u.x() - REGION_PAD - REGION_LABEL,
                                    u.y() - REGION_PAD,
                                    u.width() + 2 * REGION_PAD + REGION_LABEL,
                                    u.height() + 2 * REGION_PAD));
        }
        return RegionBands.apart(bands);
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

    int balancerCount() {
        return balancerX.length;
    }

    double balancerCentreX(int b) {
        return balancerX[b];
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

    /**
     * Centre x of the badge of {@link #REAL_CLIENTS} (left) or {@link #EXTERNAL} (right), under the first balancer
     * (the one the lab's HTTP proxy feeds).
     */
    double entranceX(int i) {
        return balancerX[0] + (i == REAL_CLIENTS ? -1 : 1) * (CLIENT_W / 2 + 8);
    }

    /** Centre y of the two badges: under the first balancer, inside the canvas. */
    double entranceY() {
        return Math.min(balancerY[0] + BALANCER_H / 2 + CLIENT_H, height - CLIENT_H / 2);
    }

    /** Where links from clients reach balancer {@code b} (its left edge). */
    double balancerInX(int b) {
        return balancerX[b] - balancerW / 2;
    }

    /** Where links to servers leave balancer {@code b} (its right edge). */
    double balancerOutX(int b) {
        return balancerX[b] + balancerW / 2;
    }

    double balancerY(int b) {
        return balancerY[b];
    }

    /** Bottom edge of balancer {@code b}'s card, where requests nobody can serve are dropped. */
    double balancerBottomY(int b) {
        return balancerY[b] + balancerH / 2;
    }

    /**
     * A point of the VRRP link from balancer {@code a} to {@code b} at {@code f} (0..1): a curve bulging out left of
     * their cards, from {@code a}'s left edge to {@code b}'s. Returns {x, y}, px.
     */
    double[] vrrpLink(int a, int b, double f) {
        double x0 = balancerInX(a);
        double x2 = balancerInX(b);
        double cx = Math.min(x0, x2) - VRRP_BULGE;
        double cy = (balancerY[a] + balancerY[b]) / 2;
        double u = 1 - f;
        return new double[] {
            u * u * x0 + 2 * u * f * cx + f * f * x2, u * u * balancerY[a] + 2 * u * f * cy + f * f * balancerY[b]
        };
    }

    /** Whether balancer {@code b} balances over server {@code s}: same region, or either in none. */
    boolean serves(int b, int s) {
        String region = shape.balancerRegions().get(b);
        String server =
                shape.serverRegions().isEmpty() ? "" : shape.serverRegions().get(s);
        return region.isEmpty() || server.isEmpty() || region.equals(server);
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
