package dev.balancelab.architecture;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns an aborted test (a failed assumption) into a failed one, so that no test, the GUI tests included, can quietly
 * skip itself on a machine that lacks something. Registered for every test through the service loader
 * ({@code junit.jupiter.extensions.autodetection.enabled} in {@code junit-platform.properties}); the architecture test
 * forbids {@code @Disabled}.
 */
public final class NoSkippedTests implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw failIfAborted(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw failIfAborted(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw failIfAborted(context, throwable);
    }

    private static Throwable failIfAborted(ExtensionContext context, Throwable throwable) {
        if (throwable instanceof TestAbortedException) {
            return new AssertionFailedError(
                    context.getDisplayName() + " would be skipped (" + throwable.getMessage()
                            + "); skipped tests are failures in this build",
                    throwable);
        }
        return throwable;
    }
}
