package dev.balancelab.ui;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips GUI tests on a JVM older than 21: the headless Monocle build (openjfx-monocle 21.0.2) is Java 21 bytecode.
 * An extension rather than {@code @EnabledForJreRange}, because extensions are inherited by subclasses.
 */
final class NeedsJava21 implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        int feature = Runtime.version().feature();
        return feature >= 21
                ? ConditionEvaluationResult.enabled("Java " + feature)
                : ConditionEvaluationResult.disabled("openjfx-monocle 21.0.2 needs Java 21+, this is " + feature);
    }
}
