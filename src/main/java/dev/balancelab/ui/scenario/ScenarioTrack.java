package dev.balancelab.ui.scenario;

import static dev.balancelab.ui.common.Styles.styled;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The scenario's axis from lab time 0 to {@link ScenarioViewModel#endSeconds()}: the elapsed part filled, one label
 * per event whose left edge (a tick) sits at its time — below the axis when it would overlap the one before above it,
 * only its time ("26 s", the whole text in its tooltip) when it would overlap on both rows (lesson 15's close events
 * on a narrow canvas), hidden when even that has no room — and the playhead at lab time now, which passes under the
 * labels (they are filled with the bar's colour, so it never crosses their text). A label that would run
 * past the axis' end ends at its tick instead ({@code :before}).
 * Markers reached get {@code :past}. The track asks for no width of its own: it takes what the bar leaves.
 */
final class ScenarioTrack extends Pane {
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    private static final PseudoClass BEFORE = PseudoClass.getPseudoClass("before");
    private static final double HEIGHT = 52;
    private static final double AXIS_Y = 24;
    private static final double AXIS_H = 4;
    private static final double GAP = 8;
    /** Measures label texts (FX thread only). */
    private static final Text MEASURE = new Text();

    private final ScenarioViewModel vm;
    private final Region axis = styled(new Region(), "scenario-axis");
    private final Region elapsed = styled(new Region(), "scenario-elapsed");
    private final Region playhead = styled(new Region(), "scenario-playhead");
    private final List<Label> markers = new ArrayList<>();

    ScenarioTrack(ScenarioViewModel vm) {
        this.vm = vm;
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMinWidth(0);
        for (ScenarioViewModel.Marker m : vm.markers()) {
            Label label = styled(new Label(m.label()), "scenario-marker");
            label.setTooltip(new Tooltip(m.label()));
            markers.add(label);
        }
        // the playhead under the labels, each on the bar's colour: it never crosses a label's text
        getChildren().addAll(axis, elapsed, playhead);
        getChildren().addAll(markers);
        vm.nowProperty().addListener(o -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        double now = vm.nowProperty().get();
        axis.resizeRelocate(0, AXIS_Y, getWidth(), AXIS_H);
        elapsed.resizeRelocate(0, AXIS_Y, x(now), AXIS_H);
        playhead.resizeRelocate(x(now) - 1.5, 0, 3, HEIGHT);
        double[] rowEnds = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < markers.size(); i++) {
            Label label = markers.get(i);
            ScenarioViewModel.Marker marker = vm.markers().get(i);
            label.pseudoClassStateChanged(PAST, marker.past(now));
            boolean shown = place(label, marker.label(), x(marker.atSeconds()), rowEnds)
                    || place(label, marker.time(), x(marker.atSeconds()), rowEnds);
            label.setVisible(shown);
        }
    }

    /**
     * Puts {@code label} with {@code text} at its tick {@code x} on the first row where it keeps {@link #GAP} from the
     * label before it (row 0 above the axis, row 1 below); false, and nothing placed, where neither row has room.
     */
    private boolean place(Label label, String text, double x, double[] rowEnds) {
        double w = width(label, text);
        double h = label.prefHeight(-1);
        boolean before = x + w > getWidth() && x - w >= 0;
        double left = before ? x - w : x;
        for (int row = 0; row < rowEnds.length; row++) {
            if (left >= rowEnds[row] + GAP) {
                if (!text.equals(label.getText())) {
                    label.setText(text);
                }
                label.resizeRelocate(left, row == 0 ? AXIS_Y - h : AXIS_Y + AXIS_H, w, h);
                label.pseudoClassStateChanged(BEFORE, before);
                rowEnds[row] = left + w;
                return true;
            }
        }
        return false;
    }

    /** The width {@code label} asks for with {@code text}: its padding and border and the text in its font, px. */
    private static double width(Label label, String text) {
        MEASURE.setFont(label.getFont());
        MEASURE.setText(text);
        return Math.ceil(label.snappedLeftInset() + MEASURE.getLayoutBounds().getWidth() + label.snappedRightInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    private double x(double seconds) {
        return getWidth() * Math.min(1, seconds / vm.endSeconds());
    }
}
