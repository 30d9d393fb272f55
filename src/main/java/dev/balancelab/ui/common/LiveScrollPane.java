package dev.balancelab.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A {@link ScrollPane} for panels whose content changes every few pulses (the heartbeat timelines, live charts).
 *
 * <p>{@link ScrollPaneSkin} caches its viewport (the node with style class {@code viewport}) as one bitmap to scroll
 * fast. Content that redraws often invalidates that bitmap each time, and every pulse then renders the whole content
 * into it again, visible or not: with 100 heartbeat rows that was about 1,500 nodes a pulse although one strip per
 * row had moved (JavaFX pulse logger: {@code CacheFilter rebuilding: 1}, {@code Nodes rendered: 1544}). This pane
 * turns that cache off, so only the dirty rows are painted and rows scrolled out of view are culled. BENCHMARKS.md,
 * "Frame time", has the figures. {@link #shows} tells a panel which of its rows are worth drawing this pulse.
 */
public final class LiveScrollPane extends ScrollPane {
    @Override
    protected Skin<?> createDefaultSkin() {
        Skin<?> skin = new ScrollPaneSkin(this);
        lookup(".viewport").setCache(false);
        return skin;
    }

    /**
     * Whether {@code content} (a node inside this pane) can be seen now: the pane is in a window, it and all its
     * ancestors are visible (an unselected tab's content is not), and the node's bounds meet the viewport's.
     */
    public boolean shows(Node content) {
        return within(content, 0);
    }

    /**
     * Whether {@code content} (a node inside this pane) is within one viewport height above or below the viewport of
     * the shown pane: about to be scrolled into view.
     */
    public boolean near(Node content) {
        return within(content, 1);
    }

    /** Whether the pane is shown and {@code content} meets its viewport grown by {@code reach} viewport heights. */
    private boolean within(Node content, double reach) {
        if (!showing()) {
            return false;
        }
        Bounds viewport = localToScene(getLayoutBounds());
        double margin = reach * viewport.getHeight();
        return content.localToScene(content.getLayoutBounds())
                .intersects(
                        viewport.getMinX(),
                        viewport.getMinY() - margin,
                        viewport.getWidth(),
                        viewport.getHeight() + 2 * margin);
    }

    /** Whether the pane can be seen now: it is in a window and it and all its ancestors are visible. */
    public boolean showing() {
        return getScene() != null && treeVisible(this);
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
