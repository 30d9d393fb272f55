package dev.balancelab.ui.common;

import dev.balancelab.domain.HealthState;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The CSS pseudo-classes that show a server's health, shared by every view that draws a server. */
public final class HealthStyles {
    /** The health check marked the server DOWN. */
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    /** At least one heartbeat in a row failed, not yet {@code fall}. */
    public static final PseudoClass SUSPECT = PseudoClass.getPseudoClass("suspect");
    /** Outlier detection ejected the server for a while. */
    public static final PseudoClass EJECTED = PseudoClass.getPseudoClass("ejected");
    /** A failure (kill) is injected: the server's threads do not answer. */
    public static final PseudoClass DEAD = PseudoClass.getPseudoClass("dead");

    private HealthStyles() {}

    /** Sets {@code :down} / {@code :suspect} / {@code :ejected} on {@code node} to match {@code state}. */
    public static void showState(Node node, HealthState state) {
        node.pseudoClassStateChanged(DOWN, state == HealthState.DOWN);
        node.pseudoClassStateChanged(SUSPECT, state == HealthState.SUSPECT);
        node.pseudoClassStateChanged(EJECTED, state == HealthState.EJECTED);
    }

    /** Sets {@code :dead} on {@code node}. */
    public static void showAlive(Node node, boolean alive) {
        node.pseudoClassStateChanged(DEAD, !alive);
    }
}
