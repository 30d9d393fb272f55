package dev.balancelab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ΔE00 against the test data of Sharma, Wu and Dalal (2005), Table 1 (pair numbers in the comments). */
class Ciede2000Test {
    @ParameterizedTest
    @CsvSource({
        "50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425", // 1
        "50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615", // 2
        "50, -1.3802, -84.2814, 50, 0, -82.7485, 1.0000", // 4
        "50, 0, 0, 50, -1, 2, 2.3669", // 7
        "50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792", // 13
        "50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195", // 15
        "50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045", // 17
        "50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461", // 19
        "50, 2.5, 0, 73, 25, -18, 27.1492", // 21
        "50, 2.5, 0, 61, -5, 29, 22.8977", // 22
        "50, 2.5, 0, 56, -27, -3, 31.9030", // 23
        "50, 2.5, 0, 58, 24, 15, 19.4535", // 24
        "50, 2.5, 0, 50, 3.1736, 0.5854, 1.0000" // 25
    })
    void matchesThePublishedTestData(double l1, double a1, double b1, double l2, double a2, double b2, double de) {
        assertEquals(de, Ciede2000.difference(new double[] {l1, a1, b1}, new double[] {l2, a2, b2}), 5e-5);
        assertEquals(de, Ciede2000.difference(new double[] {l2, a2, b2}, new double[] {l1, a1, b1}), 5e-5);
    }

    @Test
    void srgbWhiteAndMidGreyHaveTheirCielabLightness() {
        assertEquals(100, Ciede2000.lab(Color.WHITE)[0], 1e-3);
        assertEquals(53.585, Ciede2000.lab(Color.rgb(128, 128, 128))[0], 1e-3);
        assertEquals(0, Ciede2000.lab(Color.rgb(128, 128, 128))[1], 1e-3);
    }
}
