package dev.balancelab.ui.common;

import javafx.scene.Node;

/** Small helpers for building styled nodes in code. */
public final class Styles {
    private Styles() {}

    /** Adds {@code styleClass} to {@code node} and returns it. */
    public static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
