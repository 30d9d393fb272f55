package dev.balancelab.ui.topology;

/**
 * The zoom that shows all content in a viewport (Ctrl+0): a point (x, y) of the content is drawn at ({@code scale}
 * · x + {@code translateX}, {@code scale} · y + {@code translateY}) px of the viewport, i.e. the affine transform
 * {@code [scale 0 translateX; 0 scale translateY]}.
 *
 * @param scale uniform scale factor, &gt; 0
 * @param translateX px
 * @param translateY px
 */
public record ZoomFit(double scale, double translateX, double translateY) {
    /**
     * The largest scale at which {@code content} fits in the viewport with {@code margin} px on every side, content
     * centred. An empty content box (no width and no height) keeps scale 1.
     *
     * @throws IllegalArgumentException if the margins leave no room in the viewport
     */
    public static ZoomFit of(Box content, double viewportWidth, double viewportHeight, double margin) {
        double roomX = viewportWidth - 2 * margin;
        double roomY = viewportHeight - 2 * margin;
        if (roomX <= 0 || roomY <= 0) {
            throw new IllegalArgumentException("viewport " + viewportWidth + " x " + viewportHeight
                    + " px has no room inside a margin of " + margin + " px");
        }
        double scale = Math.min(ratio(roomX, content.width()), ratio(roomY, content.height()));
        if (Double.isInfinite(scale)) {
            scale = 1;
        }
        return new ZoomFit(
                scale, viewportWidth / 2 - scale * content.centreX(), viewportHeight / 2 - scale * content.centreY());
    }

    private static double ratio(double room, double size) {
        return size > 0 ? room / size : Double.POSITIVE_INFINITY;
    }
}
