package dev.balancelab.ui.topology;

/**
 * How much the cards of each tier show on the canvas.
 *
 * @param clients the clients' cards
 * @param balancer the balancer's card
 * @param servers the servers' cards
 */
record CardModes(CardMode clients, CardMode balancer, CardMode servers) {
    /** Full client and balancer cards, server cards in {@code servers} mode. */
    static CardModes servers(CardMode servers) {
        return new CardModes(CardMode.FULL, CardMode.FULL, servers);
    }
}
