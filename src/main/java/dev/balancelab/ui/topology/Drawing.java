package dev.balancelab.ui.topology;

import dev.balancelab.domain.Topology;

/**
 * What the topology view draws ({@link TopologyLayout#drawing}): where the cards are and in which modes, on a canvas
 * grown {@code growth} times beyond the viewport over the text scale (the view zooms out as much).
 *
 * @param geometry the cards, resized to the grown canvas
 * @param growth &gt;= 1
 * @param arranged whether the cards stand where the tiered layout puts them (the stored positions do not fit); then
 *     dragging a card moves nothing
 */
record Drawing(Geometry geometry, double growth, boolean arranged) {
    static Drawing stored(Topology t, CardMode servers, double growth, double width, double height) {
        Geometry g = Geometry.of(t, servers);
        g.resize(width * growth, height * growth);
        return new Drawing(g, growth, false);
    }

    static Drawing arranged(LayoutPlan plan, Topology t, double growth) {
        Geometry g = Geometry.of(plan, t);
        g.resize(plan.width(), plan.height());
        return new Drawing(g, growth, true);
    }
}
