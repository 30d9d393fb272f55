package dev.balancelab.ui.common;

/**
 * A client, server or the balancer of the topology, by id: what the canvas selects and the property sheet edits.
 *
 * @param kind client, server or balancer
 * @param id the client's or server's id; {@code "balancer"} for the balancer
 */
public record NodeRef(Kind kind, String id) {
    /** What a node is. */
    public enum Kind {
        /** A traffic source. */
        CLIENT,
        /** A backend server. */
        SERVER,
        /** The load balancer (one per topology): algorithm parameters, health check, retries, outlier detection. */
        BALANCER
    }

    /** The topology's load balancer. */
    public static NodeRef balancer() {
        return new NodeRef(Kind.BALANCER, "balancer");
    }

    /** The server with this id. */
    public static NodeRef server(String id) {
        return new NodeRef(Kind.SERVER, id);
    }

    /** The client with this id. */
    public static NodeRef client(String id) {
        return new NodeRef(Kind.CLIENT, id);
    }
}
