package dev.balancelab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.ui.common.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures for slides: Export Image at 2x/3x with the lesson title, Record Animation to a looping GIF. */
@ExtendWith(ApplicationExtension.class)
class SlideExportsTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 200;

    private final Pane canvas = new Pane();
    private final Circle dot = new Circle(20, Color.web("#3b5bdb"));

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        canvas.getChildren().add(dot);
        canvas.setPrefSize(WIDTH, HEIGHT);
        // In a Group the canvas keeps its own size whatever size earlier tests left the shared stage at.
        stage.setScene(new Scene(new Group(canvas)));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                dot.setCenterX(20 + (now / 10_000_000) % (WIDTH - 40));
                dot.setCenterY(HEIGHT / 2.0);
            }
        }.start();
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    @Test
    void anExportedImageHasTwiceOrThriceThePixelsAndATitleBandAbove() throws Exception {
        for (int scale : new int[] {1, 2, 3}) {
            byte[] png = fx(() ->
                    Snapshots.png(Snapshots.titled(Snapshots.image(canvas, scale), "Lesson 01 · Round robin", scale)));
            Image image = new Image(new ByteArrayInputStream(png));
            assertEquals(WIDTH * scale, image.getWidth(), "width at " + scale + "x");
            double band = image.getHeight() - HEIGHT * scale;
            assertTrue(band >= 20 * scale, "a title band above the picture at " + scale + "x: " + band + " px");
        }
    }

    @Test
    void aRecordedGifHasSeveralFramesAndLoops() throws Exception {
        Path gif = dir.resolve("lesson.gif");
        AnimationRecorder recorder = fx(() -> new AnimationRecorder(canvas));
        fx(() -> {
            recorder.start(gif);
            return null;
        });
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> fx(recorder.statusProperty()::get).matches("● REC [1-9].*"));
        int frames = fx(recorder::stop).get(30, TimeUnit.SECONDS);

        assertTrue(frames > 1, "frames: " + frames);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(frames, reader.getNumImages(true));
            assertEquals(WIDTH, reader.getWidth(0));
            assertTrue(loops(reader), "the first frame carries the NETSCAPE2.0 loop extension");
        }
        assertTrue(fx(recorder.statusProperty()::get).contains("lesson.gif"), "a finished notice names the file");
    }

    private static boolean loops(ImageReader reader) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
        var extensions = root.getElementsByTagName("ApplicationExtension");
        for (int i = 0; i < extensions.getLength(); i++) {
            IIOMetadataNode e = (IIOMetadataNode) extensions.item(i);
            if ("NETSCAPE".equals(e.getAttribute("applicationID"))
                    && "2.0".equals(e.getAttribute("authenticationCode"))) {
                return true;
            }
        }
        return false;
    }
}
