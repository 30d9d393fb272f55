package dev.balancelab.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/** Pictures of nodes. */
public final class Snapshots {
    private Snapshots() {}

    /** {@code node} as it is drawn now, as PNG bytes. Call on the FX thread. */
    public static byte[] png(Node node) {
        var image = SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
        return out.toByteArray();
    }
}
