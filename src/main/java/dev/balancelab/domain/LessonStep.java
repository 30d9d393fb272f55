package dev.balancelab.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a guided lesson: the text shown in the banner, an optional note for the presenter, and the actions
 * taken when the step is shown.
 *
 * @param text what the audience reads
 * @param note what the presenter says or watches for, or null
 * @param actions in order, possibly none
 */
public record LessonStep(LocalizedText text, LocalizedText note, List<StepAction> actions) {
    /** Copies {@code actions}. */
    public LessonStep {
        Objects.requireNonNull(text, "text");
        actions = List.copyOf(actions);
    }

    /** The presenter note, if any. */
    public Optional<LocalizedText> presenterNote() {
        return Optional.ofNullable(note);
    }
}
