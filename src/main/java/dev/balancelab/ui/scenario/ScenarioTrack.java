package dev.balancelab.ui.scenario;

import static dev.balancelab.ui.common.Styles.styled;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The scenario's axis from lab time 0 to {@link ScenarioViewModel#endSeconds()}: the elapsed part filled, one label
 * per event whose left edge (a tick) sits at its time — below the axis when it would overlap the one before — and
 * the playhead at lab time now. A label that would run past the axis' end ends at its tick instead ({@code :before}).
 * Markers reached get {@code :past}. The track asks for no width of its own: it takes what the bar leaves.
 */
final class ScenarioTrack extends Pane {
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    private static final PseudoClass BEFORE = PseudoClass.getPseudoClass("before");
    private static final double HEIGHT = 52;
    private static final double AXIS_Y = 24;
    private static final double AXIS_H = 4;
    private static final double GAP = 8;

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
        vm.markers().forEach(m -> markers.add(styled(new Label(m.label()), "scenario-marker")));
        getChildren().addAll(axis, elapsed);
        getChildren().addAll(markers);
        getChildren().add(playhead);
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
            double x = x(marker.atSeconds());
            double w = label.prefWidth(-1);
            double h = label.prefHeight(w);
            boolean before = x + w > getWidth() && x - w >= 0;
            double left = before ? x - w : x;
            int row = left < rowEnds[0] + GAP ? 1 : 0;
            label.resizeRelocate(left, row == 0 ? AXIS_Y - h : AXIS_Y + AXIS_H, w, h);
            rowEnds[row] = left + w;
            label.pseudoClassStateChanged(PAST, marker.past(now));
            label.pseudoClassStateChanged(BEFORE, before);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    private double x(double seconds) {
        return getWidth() * Math.min(1, seconds / vm.endSeconds());
    }
}
