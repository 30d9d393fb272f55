package dev.balancelab.ui.common;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One colour per server, by its index in the topology's server list, shared by every view that tells servers apart
 * (the topology cards, the hash ring, the Maglev table), so a server has the same colour everywhere. Saturated Open
 * Color shades that stay distinct on a projector; the list repeats after ten servers.
 */
public final class ServerPalette {
    private static final List<Color> COLOURS = List.of(
            Color.web("#3b5bdb"),
            Color.web("#e8590c"),
            Color.web("#0ca678"),
            Color.web("#ae3ec9"),
            Color.web("#f59f00"),
            Color.web("#1098ad"),
            Color.web("#d6336c"),
            Color.web("#5c940d"),
            Color.web("#862e9c"),
            Color.web("#495057"));

    private ServerPalette() {}

    /** The colour of the server at {@code index} (&gt;= 0) in topology order. */
    public static Color of(int index) {
        return COLOURS.get(index % COLOURS.size());
    }
}
