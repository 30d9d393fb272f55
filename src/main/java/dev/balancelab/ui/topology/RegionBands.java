package dev.balancelab.ui.topology;

import java.util.ArrayList;
import java.util.List;

/** Keeps the bands of regions apart: two that overlap meet halfway between their overlapping edges. Pure px. */
final class RegionBands {
    private RegionBands() {}

    /**
     * {@code bands} with every overlapping pair cut where they meet: one above the other (more overlap across than
     * down) at the middle of their shared rows, else side by side at the middle of their shared columns. Empty boxes
     * stay as they are.
     */
    static List<Box> apart(List<Box> bands) {
        List<Box> out = new ArrayList<>(bands);
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                Box a = out.get(i);
                Box b = out.get(j);
                if (a.width() > 0 && b.width() > 0 && a.crowds(b, 0)) {
                    Box[] cut = cut(a, b);
                    out.set(i, cut[0]);
                    out.set(j, cut[1]);
                }
            }
        }
        return out;
    }

    private static Box[] cut(Box a, Box b) {
        double across = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double down = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        if (across >= down) {
            Box top = a.centreY() <= b.centreY() ? a : b;
            Box bottom = top == a ? b : a;
            double middle = (Math.max(a.y(), b.y()) + Math.min(a.maxY(), b.maxY())) / 2;
            Box t = new Box(top.x(), top.y(), top.width(), middle - 1 - top.y());
            Box u = new Box(bottom.x(), middle + 1, bottom.width(), bottom.maxY() - middle - 1);
            return top == a ? new Box[] {t, u} : new Box[] {u, t};
        }
        Box left = a.centreX() <= b.centreX() ? a : b;
        Box right = left == a ? b : a;
        double middle = (Math.max(a.x(), b.x()) + Math.min(a.maxX(), b.maxX())) / 2;
        Box l = new Box(left.x(), left.y(), middle - 1 - left.x(), left.height());
        Box r = new Box(middle + 1, right.y(), right.maxX() - middle - 1, right.height());
        return left == a ? new Box[] {l, r} : new Box[] {r, l};
    }
}
