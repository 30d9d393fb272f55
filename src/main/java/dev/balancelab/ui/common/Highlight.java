package dev.balancelab.ui.common;

import dev.balancelab.domain.ServerId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;

/**
 * The server one feature points out to the others, for example the one "Why?" explains, which the topology canvas
 * then marks with {@link #CHOSEN}. One per running lab; FX thread only.
 */
public final class Highlight {
    /** Pseudo-class of the highlighted server's card. */
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final ObjectProperty<ServerId> server = new SimpleObjectProperty<>();

    /** The highlighted server, or null for none. */
    public ObjectProperty<ServerId> serverProperty() {
        return server;
    }
}
