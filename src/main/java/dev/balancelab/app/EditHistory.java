package dev.balancelab.app;

import dev.balancelab.domain.Topology;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo as two stacks of whole-topology snapshots (topologies are immutable and small). */
final class EditHistory {
    private static final int LIMIT = 200;
    private final Deque<Topology> undo = new ArrayDeque<>();
    private final Deque<Topology> redo = new ArrayDeque<>();

    /** Records the topology as it was before an edit; forgets the redo steps. */
    void record(Topology before) {
        push(undo, before);
        redo.clear();
    }

    /** The topology to go back to, if any; {@code current} becomes a redo step. */
    Optional<Topology> undo(Topology current) {
        return step(undo, redo, current);
    }

    /** The topology to go forward to, if any; {@code current} becomes an undo step. */
    Optional<Topology> redo(Topology current) {
        return step(redo, undo, current);
    }

    /** Forgets every step (another topology was opened). */
    void clear() {
        undo.clear();
        redo.clear();
    }

    private static Optional<Topology> step(Deque<Topology> from, Deque<Topology> to, Topology current) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        push(to, current);
        return Optional.of(from.pop());
    }

    private static void push(Deque<Topology> stack, Topology t) {
        stack.push(t);
        if (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }
}
