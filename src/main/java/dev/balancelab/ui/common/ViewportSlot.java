package dev.balancelab.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A place in a {@link LiveScrollPane}'s content for one node that keeps the node in the scene graph only while the
 * place can be seen: out of view the slot stays as tall as the node was last and holds nothing, so the content keeps
 * its height and scrolls as before.
 *
 * <p>JavaFX visits every node of a scene in each pulse (the "update bounds" walk), seen or not: the heartbeat monitor's
 * 100 rows of a 100-server lab were 1,801 of the window's 3,954 nodes, of which about 6 rows can be seen at once
 * (BENCHMARKS.md, lane {@code panels5}).
 */
public final class ViewportSlot extends StackPane {
    private final Node content;

    /** A slot holding {@code content} until the first {@link #hold(boolean) hold(false)}. */
    public ViewportSlot(Node content) {
        this.content = content;
        getChildren().add(content);
    }

    /** The node this slot is the place of, whether it is in the scene graph or not. */
    public Node content() {
        return content;
    }

    /**
     * Puts the content into the slot when {@code inView}, or takes it out when not, keeping the height it was laid out
     * at; does nothing when it already is where it should be.
     */
    public void hold(boolean inView) {
        boolean holds = !getChildren().isEmpty();
        if (inView && !holds) {
            setMinHeight(USE_COMPUTED_SIZE);
            setPrefHeight(USE_COMPUTED_SIZE);
            getChildren().add(content);
        } else if (!inView && holds) {
            setMinHeight(getHeight());
            setPrefHeight(getHeight());
            getChildren().clear();
        }
    }
}
