package dev.balancelab.ui.common;

/** What the menus and toolbar ask of the topology canvas, which knows its size and zoom. */
public interface CanvasCommands {
    /** Adds a server in a free slot of the servers' tier (arranging all cards if there is none), as one edit. */
    void addServer();

    /** Adds a client in a free slot of the clients' tier (arranging all cards if there is none), as one edit. */
    void addClient();

    /** Re-runs the tiered layout on every card, as one undoable edit. */
    void arrange();

    /** Zooms in ({@code steps} &gt; 0) or out by 25 % a step around the canvas's centre. */
    void zoom(int steps);

    /** Zooms so that every card is on screen, and undoes panning (Ctrl+0). */
    void fit();
}
