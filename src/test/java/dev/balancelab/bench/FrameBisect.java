package dev.balancelab.bench;

import dev.balancelab.ui.topology.DotLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Bisection switches of {@link FrameBench} (bench code, not a test): {@code -Dbench.hide=part,part…} hides parts of
 * the window once it is shown, so that the render CPU per pulse at 5,000 in flight can be compared with and without
 * each (BENCHMARKS.md, "Frame time at 100 servers: where the other 7 ms go"). Parts:
 *
 * <ul>
 *   <li>{@code side}: the side panel (heartbeat rows, charts, tabs);</li>
 *   <li>{@code status}: the status bar;</li>
 *   <li>{@code chrome}: menus, toolbars and the lesson banner;</li>
 *   <li>{@code legend}: the dot legend;</li>
 *   <li>{@code overlays}: everything over the topology picture but the dot canvas (legend, timeline, banners);</li>
 *   <li>{@code dots}: the dot canvas (the canvas still receives its drawing, it is not rendered);</li>
 *   <li>{@code picture}: the cached picture of paper, links and cards.</li>
 * </ul>
 *
 * {@code -Dbench.nobg=selector,selector…} takes the background off the first node each CSS selector finds (a background on an ancestor of the
 * dot canvas is painted again under every frame). {@code -Dbench.dump=true} prints the dot canvas's ancestors with what makes Prism render them the slow way
 * (backgrounds with radii, insets or several fills, effects, clips, opacity, cache).
 */
final class FrameBisect {
    private FrameBisect() {}

    /** Applies the switches to the window whose root is {@code root}; FX thread. */
    static void apply(Parent root) {
        for (String part : System.getProperty("bench.hide", "").split(",")) {
            if (!part.isBlank()) {
                parts(root, part.trim()).stream()
                        .filter(n -> !n.visibleProperty().isBound()) // shown only while in use (the step banner)
                        .forEach(n -> n.setVisible(false));
            }
        }
        for (String id : System.getProperty("bench.nobg", "").split(",")) { // CSS selectors
            if (!id.isBlank()) {
                root.lookup(id.trim()).setStyle("-fx-background-color: null;");
            }
        }
        if (Boolean.getBoolean("bench.dump")) {
            dump(FrameBench.find(root, DotLayer.class));
        }
        if (Boolean.getBoolean("bench.count")) {
            count(root, 0);
        }
    }

    /**
     * Prints the node counts again with {@code -Dbench.count=true}, at the end of the recording: a panel that keeps only
     * what is in view in the scene graph ({@code ViewportSlot}) has let go of the rest by then; FX thread.
     */
    static void recount(Parent root) {
        if (Boolean.getBoolean("bench.count")) {
            System.out.println("bench.count after recording:");
            count(root, 0);
        }
    }

    /**
     * Prints every subtree of 200 nodes or more with its node count: each pulse's bounds update walks every node of the
     * scene, shown or not.
     */
    private static int count(Node node, int depth) {
        int nodes = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes += count(child, depth + 1);
            }
        }
        if (nodes >= 200) {
            System.out.printf(
                    Locale.ROOT,
                    "bench.count %s%s #%s %s visible=%s: %d nodes%n",
                    "  ".repeat(depth),
                    node.getClass().getSimpleName(),
                    node.getId(),
                    node.getStyleClass(),
                    node.isVisible(),
                    nodes);
        }
        return nodes;
    }

    private static List<Node> parts(Parent root, String part) {
        Node topology = FrameBench.find(root, DotLayer.class).getParent();
        Function<String, Node> byId = id -> root.lookup("#" + id);
        return switch (part) {
            case "side" ->
                List.of(((SplitPane) byId.apply("content")).getItems().get(1));
            case "status" -> List.of(byId.apply("status"));
            case "chrome" -> List.of(byId.apply("chrome"));
            case "legend" -> List.of(topology.lookup(".dot-legend"));
            case "overlays" -> overlays((Parent) topology);
            case "dots" -> List.of(FrameBench.find(root, DotLayer.class));
            case "picture" -> List.of(topology.lookup(".topology-picture"));
            default -> throw new IllegalArgumentException("bench.hide: unknown part " + part);
        };
    }

    private static List<Node> overlays(Parent topology) {
        List<Node> over = new ArrayList<>(topology.getChildrenUnmodifiable());
        over.removeIf(n -> n instanceof DotLayer || n.getStyleClass().contains("topology-picture"));
        return over;
    }

    private static void dump(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            String background = n instanceof Region r && r.getBackground() != null
                    ? r.getBackground().getFills().stream()
                            .map(f -> f.getFill() + " r=" + f.getRadii().getTopLeftHorizontalRadius() + " i="
                                    + f.getInsets().getTop())
                            .toList()
                            .toString()
                    : "-";
            System.out.printf(
                    Locale.ROOT,
                    "bench.dump %s #%s %s bg=%s effect=%s clip=%s opacity=%.2f cache=%s%n",
                    n.getClass().getSimpleName(),
                    n.getId(),
                    n.getStyleClass(),
                    background,
                    n.getEffect(),
                    n.getClip() != null,
                    n.getOpacity(),
                    n.isCache());
        }
    }
}
