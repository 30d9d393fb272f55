package dev.balancelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.NodeRef;
import dev.balancelab.ui.common.TopologyEdits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The document without a window: edits, undo and redo through the follower, dirty state and title. */
class LabDocumentModelTest {
    private static final Topology LAB = FallbackTopology.create(HealthCheckSpec.DEFAULT);
    private static final Topology MAGLEV = LAB.withBalancer(LAB.balancer().withAlgorithm(AlgorithmKind.MAGLEV));
    private static final String CLEAN = "Balance Lab — Round robin basics";

    /** Each change the follower saw, as "before algorithm → after algorithm". */
    private final List<String> followed = new ArrayList<>();

    private boolean refuse;
    private final LabDocumentModel model = new LabDocumentModel((before, after) -> {
        if (refuse) {
            throw new IllegalArgumentException("the lab cannot run it");
        }
        followed.add(before.balancer().algorithm() + " → " + after.balancer().algorithm());
    });

    @BeforeEach
    void open() {
        model.open(LAB, null);
    }

    @Test
    void anOpenedDocumentIsCleanWithNothingToUndo() {
        assertEquals(LAB, model.topology());
        assertFalse(model.dirty());
        assertEquals(CLEAN, model.titleProperty().get());
        assertFalse(model.undo());
        assertFalse(model.redo());
        assertEquals(List.of(), followed);
    }

    @Test
    void anEditIsFollowedThenMarksTheDocumentDirty() {
        model.edit(MAGLEV);

        assertEquals(List.of("round-robin → maglev"), followed);
        assertEquals(MAGLEV, model.documentProperty().get());
        assertTrue(model.dirty());
        assertEquals(CLEAN + " *", model.titleProperty().get());
    }

    @Test
    void undoingToTheSavedTopologyMakesItCleanAgainAndRedoDirty() {
        model.edit(MAGLEV);

        assertTrue(model.undo());
        assertEquals(LAB, model.topology());
        assertFalse(model.dirty());
        assertEquals(CLEAN, model.titleProperty().get());

        assertTrue(model.redo());
        assertEquals(MAGLEV, model.topology());
        assertTrue(model.dirty());
        assertEquals(List.of("round-robin → maglev", "maglev → round-robin", "round-robin → maglev"), followed);
    }

    @Test
    void anEditTheLabRefusesChangesNothing() {
        refuse = true;
        assertThrows(IllegalArgumentException.class, () -> model.edit(MAGLEV));

        assertEquals(LAB, model.topology());
        assertFalse(model.dirty());
        assertFalse(model.undo(), "no undo step was recorded");
    }

    @Test
    void anUndoTheLabRefusesKeepsTheHistory() {
        model.edit(MAGLEV);
        refuse = true;
        assertThrows(IllegalArgumentException.class, model::undo);
        assertEquals(MAGLEV, model.topology());

        refuse = false;
        assertTrue(model.undo(), "the undo step is still there");
        assertEquals(LAB, model.topology());
        assertFalse(model.redo() && model.redo(), "one redo step, not two");
    }

    @Test
    void anEditEqualToTheDocumentIsNoStep() {
        model.edit(FallbackTopology.create(HealthCheckSpec.DEFAULT));
        assertEquals(List.of(), followed);
        assertFalse(model.undo());
    }

    @Test
    void savingMakesItCleanAndRemembersTheFile() {
        model.edit(MAGLEV);
        Path file = Path.of("lab.json");
        model.saved(file);

        assertFalse(model.dirty());
        assertEquals(Optional.of(file), model.file());
        assertEquals(CLEAN, model.titleProperty().get());
        assertTrue(model.undo());
        assertTrue(model.dirty(), "undone past the save");
    }

    @Test
    void openingAnotherTopologyForgetsHistoryAndSelection() {
        model.edit(TopologyEdits.addServer(LAB, new Position(0.9, 0.9)));
        model.selectionProperty().set(NodeRef.server("s5"));

        model.open(MAGLEV, Path.of("maglev.json"));

        assertFalse(model.undo());
        assertNull(model.selectionProperty().get());
        assertFalse(model.dirty());
        assertEquals(Optional.of(Path.of("maglev.json")), model.file());
    }
}
