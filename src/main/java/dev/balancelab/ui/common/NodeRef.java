package dev.balancelab.ui.common;

/**
 * A client, server, storage node or the balancer of the topology, by id: what the canvas selects and the property
 * sheet edits.
 *
 * @param kind client, server, storage node or balancer
 * @param id the client's, server's or storage node's id; {@code "balancer"} for the balancer
 */
public record NodeRef(Kind kind, String id) {
    /** What a node is. */
    public enum Kind {
        /** A traffic source. */
        CLIENT,
        /** A backend server. */
        SERVER,
        /** The load balancer (one per topology): algorithm parameters, health check, retries, outlier detection. */
        BALANCER,
        /** A node of the storage tier; the property sheet edits it and the tier's replication settings. */
        STORAGE
    }

    /** The topology's load balancer. */
    public static NodeRef balancer() {
        return new NodeRef(Kind.BALANCER, "balancer");
    }

    /** The server with this id. */
    public static NodeRef server(String id) {
        return new NodeRef(Kind.SERVER, id);
    }

    /** The storage node with this id. */
    public static NodeRef storage(String id) {
        return new NodeRef(Kind.STORAGE, id);
    }

    /** The client with this id. */
    public static NodeRef client(String id) {
        return new NodeRef(Kind.CLIENT, id);
    }
}
