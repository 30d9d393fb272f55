package dev.balancelab.ui.topology;

/**
 * How much the cards of each tier show on the canvas.
 *
 * @param clients the clients' cards
 * @param balancer the balancer's card
 * @param servers the servers' cards
 * @param storage the storage nodes' cards
 */
record CardModes(CardMode clients, CardMode balancer, CardMode servers, CardMode storage) {
    /** Full storage node cards. */
    CardModes(CardMode clients, CardMode balancer, CardMode servers) {
        this(clients, balancer, servers, CardMode.FULL);
    }

    /** Full client and balancer cards, server cards in {@code servers} mode. */
    static CardModes servers(CardMode servers) {
        return new CardModes(CardMode.FULL, CardMode.FULL, servers);
    }
}
