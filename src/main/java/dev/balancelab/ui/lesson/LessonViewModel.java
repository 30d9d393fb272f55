package dev.balancelab.ui.lesson;

import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.KnobViolation;
import dev.balancelab.domain.LessonPlan;
import dev.balancelab.domain.LessonStep;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.StepAction;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.ChallengeVerdict;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A lesson's guided steps (Next / Back, each step's actions run when it is shown) and its challenge (Check runs it
 * headless on the document as edited now, off the FX thread). Lives as long as the opened lesson: rebuilds of the
 * lab (edits, Reset, a language switch) keep the step and the last verdict.
 */
public final class LessonViewModel {
    /** What a step's actions do to the window's lab. */
    public interface Actions {
        /** Lets lab time run. */
        void start();

        /** Freezes lab time. */
        void pause();

        /** Crashes the server. */
        void kill(ServerId server);

        /** Heals the server. */
        void revive(ServerId server);

        /** Shows a side tab: one of {@link StepAction#TABS}. */
        void showTab(String tab);

        /** Sets the lab speed factor. */
        void setSpeed(double factor);
    }

    /** Runs a challenge on a topology, headless; may take a second. */
    @FunctionalInterface
    public interface Checker {
        /**
         * @throws InterruptedException if interrupted
         */
        ChallengeVerdict check(Topology topology, Challenge challenge) throws InterruptedException;
    }

    /** Finds the first setting a lab changed outside the challenge's knobs; may read files. */
    @FunctionalInterface
    public interface KnobGuard {
        /** The first forbidden change of {@code topology}, if any. */
        Optional<KnobViolation> violation(Topology topology);
    }

    /** One check's result: a forbidden change (then no run) or the verdict. */
    private record Outcome(KnobViolation violation, ChallengeVerdict verdict) {}

    private final LessonPlan plan;
    private final Actions actions;
    private final Checker checker;
    private final KnobGuard guard;
    private final Supplier<Topology> document;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<ChallengeVerdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper checkError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KnobViolation> violation = new ReadOnlyObjectWrapper<>();

    /**
     * @param plan the lesson's steps and challenge
     * @param actions carries out step actions on the lab shown now
     * @param checker runs the challenge
     * @param guard refuses a lab changed outside the challenge's knobs before it is run
     * @param document the topology as edited now (what Check grades)
     */
    public LessonViewModel(
            LessonPlan plan, Actions actions, Checker checker, KnobGuard guard, Supplier<Topology> document) {
        this.plan = plan;
        this.actions = actions;
        this.checker = checker;
        this.guard = guard;
        this.document = document;
    }

    /** Whether the lesson has guided steps. */
    public boolean guided() {
        return !plan.steps().isEmpty();
    }

    /** Number of steps. */
    public int stepCount() {
        return plan.steps().size();
    }

    /** The index of the step shown, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The step shown; only when {@link #guided()}. */
    public LessonStep step() {
        return plan.steps().get(index.get());
    }

    /** Shows the next step and runs its actions; nothing at the last step. */
    public void next() {
        show(index.get() + 1);
    }

    /** Shows the previous step and runs its actions again; nothing at the first step. */
    public void back() {
        show(index.get() - 1);
    }

    private void show(int i) {
        if (i < 0 || i >= plan.steps().size() || i == index.get()) {
            return;
        }
        index.set(i);
        step().actions().forEach(this::run);
    }

    private void run(StepAction a) {
        switch (a.type()) {
            case START -> actions.start();
            case PAUSE -> actions.pause();
            case KILL -> actions.kill(ServerId.of(a.argument()));
            case REVIVE -> actions.revive(ServerId.of(a.argument()));
            case TAB -> actions.showTab(a.argument());
            case SPEED -> actions.setSpeed(Double.parseDouble(a.argument()));
        }
    }

    /** The lesson's challenge, if it has one. */
    public Optional<Challenge> challenge() {
        return plan.challengeIfAny();
    }

    /** The last check's result; null before the first. */
    public ReadOnlyObjectProperty<ChallengeVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Whether a check is running. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Why the last check could not run (the lab as edited cannot run), else empty. */
    public ReadOnlyStringProperty checkErrorProperty() {
        return checkError.getReadOnlyProperty();
    }

    /** The setting the last check found changed outside the challenge's knobs (then no verdict); else null. */
    public ReadOnlyObjectProperty<KnobViolation> violationProperty() {
        return violation.getReadOnlyProperty();
    }

    /**
     * Runs the challenge on the document as it is now, on a background thread; the verdict arrives on the FX thread.
     */
    public void check() {
        Challenge challenge = plan.challenge();
        if (challenge == null || checking.get()) {
            return;
        }
        Topology topology = document.get();
        checking.set(true);
        CompletableFuture.supplyAsync(() -> run(topology, challenge), LessonViewModel::daemon)
                .whenComplete((result, failure) -> Platform.runLater(() -> {
                    checking.set(false);
                    checkError.set(failure == null ? "" : message(failure));
                    violation.set(failure == null ? result.violation() : null);
                    verdict.set(failure == null ? result.verdict() : null);
                }));
    }

    private Outcome run(Topology topology, Challenge challenge) {
        Optional<KnobViolation> forbidden = guard.violation(topology);
        if (forbidden.isPresent()) {
            return new Outcome(forbidden.get(), null);
        }
        try {
            return new Outcome(null, checker.check(topology, challenge));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private static String message(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return String.valueOf(cause.getMessage());
    }

    private static void daemon(Runnable body) {
        Thread thread = new Thread(body, "challenge-check");
        thread.setDaemon(true);
        thread.start();
    }
}
