package dev.balancelab.ui.topology;

/**
 * One column of the topology, left to right (DNS | clients | balancers | servers; a storage tier after the servers can
 * join later).
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
        return clients(nodes, false);
    }

    /** {@code dns}: the cards of a lab with a DNS node, with a line of the users' cached answers (issue 14). */
    public static Tier clients(int nodes, boolean dns) {
        return new Tier("clients", nodes, dns ? Geometry.DNS_W : Geometry.CLIENT_W, Geometry.clientH(dns));
    }

    public static Tier balancers(int nodes) {
        return balancers(nodes, false);
    }

    /** {@code tiered}: the cards of a lab of several balancers, with a state line (issue 14). */
    public static Tier balancers(int nodes, boolean tiered) {
        return new Tier("balancers", nodes, Geometry.BALANCER_W, Geometry.balancerH(tiered));
    }

    /** The DNS node in front of the balancers (0 or 1), a card as large as a client's. */
    public static Tier dns(int nodes) {
        return new Tier("dns", nodes, Geometry.DNS_W, Geometry.clientH());
    }

    /** Storage nodes: cards of a client's size. */
    public static Tier storage(int nodes) {
        return new Tier("storage", nodes, Geometry.CLIENT_W, Geometry.clientH());
    }

    public static Tier servers(int nodes) {
        return new Tier("servers", nodes, Geometry.SERVER_W, Geometry.serverH());
    }
}
