package dev.balancelab.ui;

import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;

/** Bundled lessons for window tests that open on one. */
final class Samples {
    private Samples() {}

    /** The bundled lesson {@code name}; a missing or broken one fails the test. */
    static Topology load(String name) {
        try {
            return SampleTopologies.load(name);
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
