package dev.balancelab.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: its last size and place (kept in the user's preferences), moved and shrunk to fit the
 * visual bounds of a screen it lies on ({@link Screen#getVisualBounds}), or 1400 × 900 px centred when there is none.
 */
final class WindowPlacement {
    /** The size the window asks for on a large screen, px. */
    static final Rectangle2D PREFERRED = new Rectangle2D(0, 0, 1400, 900);
    /** The smallest window the layout is designed for, px. */
    static final double MIN_WIDTH = 960;

    static final double MIN_HEIGHT = 600;
    private static final String[] KEYS = {"window.x", "window.y", "window.width", "window.height"};

    private final Preferences node;

    /** @param node where the last bounds are stored */
    WindowPlacement(Preferences node) {
        this.node = node;
    }

    /** The bounds stored for Balance Lab's user. */
    static WindowPlacement forUser() {
        return new WindowPlacement(Preferences.userNodeForPackage(WindowPlacement.class));
    }

    /**
     * {@code wanted} moved inside {@code screen} and shrunk to it where larger (a stored window on a screen that has
     * since become smaller, or the preferred size on a 1280 × 720 projector); a {@code wanted} at the origin is
     * centred. All px.
     */
    static Rectangle2D fit(Rectangle2D wanted, Rectangle2D screen) {
        double w = Math.min(wanted.getWidth(), screen.getWidth());
        double h = Math.min(wanted.getHeight(), screen.getHeight());
        boolean centred = wanted.getMinX() == 0 && wanted.getMinY() == 0;
        double x = centred ? screen.getMinX() + (screen.getWidth() - w) / 2 : wanted.getMinX();
        double y = centred ? screen.getMinY() + (screen.getHeight() - h) / 2 : wanted.getMinY();
        x = Math.max(screen.getMinX(), Math.min(screen.getMaxX() - w, x));
        y = Math.max(screen.getMinY(), Math.min(screen.getMaxY() - h, y));
        return new Rectangle2D(x, y, w, h);
    }

    /** The last stored bounds, or {@link #PREFERRED} (centred) if none were stored. */
    Rectangle2D last() {
        double[] v = new double[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            v[i] = node.getDouble(KEYS[i], Double.NaN);
        }
        return Double.isNaN(v[0] + v[1] + v[2] + v[3]) ? PREFERRED : new Rectangle2D(v[0], v[1], v[2], v[3]);
    }

    /** Gives {@code stage} its last bounds fitted to the screen they lie on, and stores its bounds when it closes. */
    void apply(Stage stage) {
        Rectangle2D wanted = last();
        Screen screen =
                Screen.getScreensForRectangle(wanted).stream().findFirst().orElse(Screen.getPrimary());
        Rectangle2D bounds = fit(wanted, screen.getVisualBounds());
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setOnHidden(e -> store(stage));
    }

    private void store(Stage stage) {
        if (stage.isFullScreen() || stage.isMaximized()) {
            return;
        }
        double[] v = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        for (int i = 0; i < KEYS.length; i++) {
            node.putDouble(KEYS[i], v[i]);
        }
    }
}
