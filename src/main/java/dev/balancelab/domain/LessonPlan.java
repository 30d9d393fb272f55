package dev.balancelab.domain;

import java.util.List;
import java.util.Optional;

/**
 * The teaching parts of a lesson file, beside its lab: an optional graded challenge and the steps of a guided lesson.
 *
 * @param challenge the challenge, or null
 * @param steps the guided steps, possibly none
 */
public record LessonPlan(Challenge challenge, List<LessonStep> steps) {
    /** No challenge, no steps. */
    public static final LessonPlan NONE = new LessonPlan(null, List.of());

    /** Copies {@code steps}. */
    public LessonPlan {
        steps = List.copyOf(steps);
    }

    /** The challenge, if any. */
    public Optional<Challenge> challengeIfAny() {
        return Optional.ofNullable(challenge);
    }

    /** A copy with another challenge (or null). */
    public LessonPlan withChallenge(Challenge value) {
        return new LessonPlan(value, steps);
    }

    /** A copy with other steps. */
    public LessonPlan withSteps(List<LessonStep> value) {
        return new LessonPlan(challenge, value);
    }
}
