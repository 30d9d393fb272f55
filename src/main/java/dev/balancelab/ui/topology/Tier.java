package dev.balancelab.ui.topology;

/**
 * One column of the topology, left to right (clients | balancers | servers today; a DNS tier before the clients or a
 * storage tier after the servers can join later).
 *
 * @param name what the tier holds, for messages
 * @param nodes cards in the tier, &gt;= 0
 * @param fullWidth width of a {@link CardMode#FULL} card at the base font, px
 * @param fullHeight height of a {@link CardMode#FULL} card at the base font, px
 */
public record Tier(String name, int nodes, double fullWidth, double fullHeight) {
    public Tier {
        if (nodes < 0) {
            throw new IllegalArgumentException(name + ": nodes must be >= 0, not " + nodes);
        }
    }

    public static Tier clients(int nodes) {
        return new Tier("clients", nodes, Geometry.CLIENT_W, Geometry.clientH());
    }

    public static Tier balancers(int nodes) {
        return new Tier("balancers", nodes, Geometry.BALANCER_W, Geometry.balancerH());
    }

    /** Storage nodes: cards of a client's size. */
    public static Tier storage(int nodes) {
        return new Tier("storage", nodes, Geometry.CLIENT_W, Geometry.clientH());
    }

    public static Tier servers(int nodes) {
        return new Tier("servers", nodes, Geometry.SERVER_W, Geometry.serverH());
    }
}
