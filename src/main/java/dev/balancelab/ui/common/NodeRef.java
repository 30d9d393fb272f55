package dev.balancelab.ui.common;

/**
 * A client or server of the topology, by id: what the canvas selects and the property sheet edits.
 *
 * @param kind client or server
 * @param id the client's or server's id
 */
public record NodeRef(Kind kind, String id) {
    /** What a node is. */
    public enum Kind {
        /** A traffic source. */
        CLIENT,
        /** A backend server. */
        SERVER
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
