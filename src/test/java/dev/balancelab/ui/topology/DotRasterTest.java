package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dot layer's pixels: sprites copied source-over and clipped, erased again by the next frame. */
@ExtendWith(ApplicationExtension.class)
class DotRasterTest {
    private static final int BLUE = 0xFF0000FF;
    private static final int WHITE = 0xFFFFFFFF;

    @Start
    void start(Stage stage) {}

    @Test
    void aSpriteIsCopiedWhereItIsStampedAndErasedByTheNextFrame() throws Exception {
        int[][] frames = fx(() -> {
            DotRaster raster = new DotRaster(8, 6);
            raster.stamp(square(Color.BLUE, 2), 3, 2);
            raster.show();
            int[] first = pixels(raster);
            raster.erase();
            raster.stamp(square(Color.BLUE, 2), 0, 0);
            raster.show();
            return new int[][] {first, pixels(raster)};
        });

        assertEquals(BLUE, frames[0][2 * 8 + 3], "inside the first stamp");
        assertEquals(BLUE, frames[0][3 * 8 + 4], "inside the first stamp");
        assertEquals(0, frames[0][2 * 8 + 5], "right of it");
        assertEquals(0, frames[1][2 * 8 + 3], "the first stamp, erased by the second frame");
        assertEquals(BLUE, frames[1][0], "the second stamp");
    }

    @Test
    void aTranslucentFillLiesOverWhatIsDrawnAndASpriteOverTheEdgeIsClipped() throws Exception {
        int[] pixels = fx(() -> {
            DotRaster raster = new DotRaster(4, 4);
            raster.stamp(square(Color.WHITE, 3), -1, -1);
            raster.fill(0, 0, 4, 1, 0x80000080);
            raster.stamp(square(Color.WHITE, 3), 3, 3);
            raster.show();
            return pixels(raster);
        });

        assertEquals(WHITE, pixels[4 + 1], "the part of the first sprite inside the raster");
        assertEquals(0, pixels[4 + 2], "right of it");
        assertEquals(0xFF7F7FFF, pixels[0], "half blue over white, premultiplied");
        assertEquals(0x80000080, pixels[3], "half blue over nothing");
        assertEquals(WHITE, pixels[15], "the corner of the sprite over the bottom right edge");
    }

    private static Sprite square(Color colour, int size) {
        return Sprite.of(size, size, gc -> {
            gc.setFill(colour);
            gc.fillRect(0, 0, size, size);
        });
    }

    private static int[] pixels(DotRaster raster) {
        int[] out = new int[raster.width() * raster.height()];
        raster.image()
                .getPixelReader()
                .getPixels(
                        0,
                        0,
                        raster.width(),
                        raster.height(),
                        PixelFormat.getIntArgbPreInstance(),
                        out,
                        0,
                        raster.width());
        return out;
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get();
    }
}
