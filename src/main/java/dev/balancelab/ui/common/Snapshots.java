package dev.balancelab.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Pictures of nodes, for slides. Call on the FX thread. */
public final class Snapshots {
    /** Height of the title band's text at 1x, in px. */
    private static final double TITLE_FONT_PX = 20;

    private Snapshots() {}

    /**
     * {@code node} as it is drawn now, {@code scale} image pixels per layout pixel (1, 2, 3), over its scene's fill as
     * in the window (the main window's root paints no background of its own).
     */
    public static WritableImage image(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        if (node.getScene() != null) {
            parameters.setFill(node.getScene().getFill());
        }
        return node.snapshot(parameters, null);
    }

    /**
     * {@code picture} with a white band above it that holds {@code title} in bold, sized for a picture taken at
     * {@code scale}: the result is as wide as {@code picture} and taller by the band.
     */
    public static WritableImage titled(Image picture, String title, double scale) {
        int width = (int) picture.getWidth();
        int height = (int) picture.getHeight();
        Label label = new Label(title);
        label.setStyle(String.format(
                Locale.ROOT,
                "-fx-font-size: %.1fpx; -fx-font-weight: bold; -fx-padding: %.1fpx;"
                        + " -fx-text-fill: #212529; -fx-background-color: white;",
                TITLE_FONT_PX * scale,
                TITLE_FONT_PX * scale / 2));
        new Scene(new Group(label));
        label.applyCss();
        label.resize(width, Math.ceil(label.prefHeight(width)));
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage band = label.snapshot(parameters, null);
        int bandHeight = (int) band.getHeight();
        WritableImage out = new WritableImage(width, bandHeight + height);
        out.getPixelWriter()
                .setPixels(0, 0, Math.min(width, (int) band.getWidth()), bandHeight, band.getPixelReader(), 0, 0);
        out.getPixelWriter().setPixels(0, bandHeight, width, height, picture.getPixelReader(), 0, 0);
        return out;
    }

    /** {@code image} as PNG bytes. */
    public static byte[] png(Image image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
        return out.toByteArray();
    }
}
