package dev.balancelab.ui.topology;

import dev.balancelab.domain.Position;
import dev.balancelab.ui.common.NodeRef;
import java.util.List;

/**
 * Where things are on the topology canvas, in pixels: the centre of every card and the anchor points where links
 * (and the request dots that travel along them) meet the cards. Positions come from the topology as 0..1 fractions
 * of the canvas; centres closer to an edge than half a card are moved in, so that cards never leave the canvas.
 */
final class Geometry {
    static final double CLIENT_W = 150;
    static final double CLIENT_H = 64;
    static final double BALANCER_W = 200;
    static final double BALANCER_H = 84;
    static final double SERVER_W = 230;
    static final double SERVER_H = 108;
    private static final double MARGIN_X = SERVER_W / 2 + 16;
    private static final double MARGIN_Y = SERVER_H / 2 + 12;

    private final Position[] clients;
    private final Position[] servers;
    private final Position balancer;
    private final double[] clientX;
    private final double[] clientY;
    private final double[] serverX;
    private final double[] serverY;
    private double balancerX;
    private double balancerY;
    private double width;
    private double height;

    Geometry(List<Position> clients, Position balancer, List<Position> servers) {
        this.clients = clients.toArray(Position[]::new);
        this.servers = servers.toArray(Position[]::new);
        this.balancer = balancer;
        this.clientX = new double[this.clients.length];
        this.clientY = new double[this.clients.length];
        this.serverX = new double[this.servers.length];
        this.serverY = new double[this.servers.length];
    }

    /** Maps every position onto a canvas of this size. */
    void resize(double width, double height) {
        this.width = width;
        this.height = height;
        for (int i = 0; i < clients.length; i++) {
            clientX[i] = x(clients[i], width);
            clientY[i] = y(clients[i], height);
        }
        for (int i = 0; i < servers.length; i++) {
            serverX[i] = x(servers[i], width);
            serverY[i] = y(servers[i], height);
        }
        balancerX = x(balancer, width);
        balancerY = y(balancer, height);
    }

    /** Draws client or server {@code i} at {@code p} from the next {@link #resize} on. */
    void place(NodeRef.Kind kind, int i, Position p) {
        (kind == NodeRef.Kind.CLIENT ? clients : servers)[i] = p;
    }

    /** The canvas point (px) as a position, each coordinate clamped to 0..1. */
    Position fraction(double x, double y) {
        return new Position(Math.max(0, Math.min(1, x / width)), Math.max(0, Math.min(1, y / height)));
    }

    private static double x(Position p, double width) {
        return inside(p.x() * width, MARGIN_X, width);
    }

    private static double y(Position p, double height) {
        return inside(p.y() * height, MARGIN_Y, height);
    }

    private static double inside(double centre, double margin, double size) {
        return Math.max(margin, Math.min(size - margin, centre));
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

    /** Where a client's link leaves its card (its right edge). */
    double clientOutX(int i) {
        return clientX[i] + CLIENT_W / 2;
    }

    double clientY(int i) {
        return clientY[i];
    }

    /** Where links from clients reach the balancer (its left edge). */
    double balancerInX() {
        return balancerX - BALANCER_W / 2;
    }

    /** Where links to servers leave the balancer (its right edge). */
    double balancerOutX() {
        return balancerX + BALANCER_W / 2;
    }

    double balancerY() {
        return balancerY;
    }

    /** Bottom edge of the balancer card, where requests nobody can serve are dropped. */
    double balancerBottomY() {
        return balancerY + BALANCER_H / 2;
    }

    /** Where a link reaches a server (its left edge). */
    double serverInX(int i) {
        return serverX[i] - SERVER_W / 2;
    }

    double serverY(int i) {
        return serverY[i];
    }
}
