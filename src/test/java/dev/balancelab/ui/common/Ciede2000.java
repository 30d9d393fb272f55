package dev.balancelab.ui.common;

import javafx.scene.paint.Color;

/**
 * CIE colour difference ΔE00 (CIEDE2000, CIE 142-2001), following Sharma, Wu and Dalal, "The CIEDE2000
 * color-difference formula: implementation notes, supplementary test data, and mathematical observations", Color
 * Research &amp; Application 30(1), 2005; and sRGB (IEC 61966-2-1) to CIELAB under D65.
 */
final class Ciede2000 {
    private static final double[] WHITE = {0.95047, 1.0, 1.08883};
    private static final double POW25_7 = Math.pow(25, 7);

    private Ciede2000() {}

    /** ΔE00 between two sRGB colours (alpha ignored). */
    static double between(Color a, Color b) {
        return difference(lab(a), lab(b));
    }

    /** CIELAB {L*, a*, b*} of an sRGB colour, D65 white. */
    static double[] lab(Color c) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / WHITE[0];
        double y = (0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2]) / WHITE[1];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / WHITE[2];
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    /** ΔE00 between two CIELAB colours {L*, a*, b*}, with k_L = k_C = k_H = 1. */
    static double difference(double[] lab1, double[] lab2) {
        double cBar = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + POW25_7)));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dh = c1 * c2 == 0 ? 0 : wrap(h2 - h1);
        double dL = lab2[0] - lab1[0];
        double dC = c2 - c1;
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (lab1[0] + lab2[0]) / 2;
        double cBarP = (c1 + c2) / 2;
        double hBar = c1 * c2 == 0 ? h1 + h2 : meanHue(h1, h2);
        double t =
                1 - 0.17 * cos(hBar - 30) + 0.24 * cos(2 * hBar) + 0.32 * cos(3 * hBar + 6) - 0.20 * cos(4 * hBar - 63);
        double sL = 1 + 0.015 * (lBar - 50) * (lBar - 50) / Math.sqrt(20 + (lBar - 50) * (lBar - 50));
        double sC = 1 + 0.045 * cBarP;
        double sH = 1 + 0.015 * cBarP * t;
        double rotation = -Math.sin(Math.toRadians(60 * Math.exp(-Math.pow((hBar - 275) / 25, 2))))
                * 2
                * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + POW25_7));
        double l = dL / sL;
        double c = dC / sC;
        double h = dH / sH;
        return Math.sqrt(l * l + c * c + h * h + rotation * c * h);
    }

    private static double hue(double a, double b) {
        return a == 0 && b == 0 ? 0 : (Math.toDegrees(Math.atan2(b, a)) + 360) % 360;
    }

    private static double wrap(double degrees) {
        return degrees > 180 ? degrees - 360 : degrees < -180 ? degrees + 360 : degrees;
    }

    private static double meanHue(double h1, double h2) {
        double sum = h1 + h2;
        return Math.abs(h1 - h2) <= 180 ? sum / 2 : sum < 360 ? (sum + 360) / 2 : (sum - 360) / 2;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
