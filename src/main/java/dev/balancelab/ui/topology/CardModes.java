package dev.balancelab.ui.topology;

/**
 * How much the cards of each tier show on the canvas.
 *
 * @param clients the clients' cards
 * @param balancer the balancer's card
 * @param servers the servers' cards
 * @param storage the storage nodes' cards
 * @param dns the DNS node's card (issue 14)
 */
record CardModes(CardMode clients, CardMode balancer, CardMode servers, CardMode storage, CardMode dns) {
    /** Full client, balancer, storage and DNS cards, server cards in {@code servers} mode. */
    static CardModes servers(CardMode servers) {
        return new CardModes(CardMode.FULL, CardMode.FULL, servers, CardMode.FULL, CardMode.FULL);
    }

    /** Whether some tier shows less here than in {@code other} (chips where {@code other} has full cards, ...). */
    boolean smallerThan(CardModes other) {
        return clients.compareTo(other.clients) > 0
                || balancer.compareTo(other.balancer) > 0
                || servers.compareTo(other.servers) > 0
                || storage.compareTo(other.storage) > 0
                || dns.compareTo(other.dns) > 0;
    }
}
