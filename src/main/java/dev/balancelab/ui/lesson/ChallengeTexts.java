package dev.balancelab.ui.lesson;

import dev.balancelab.domain.ChallengeKnob;
import dev.balancelab.telemetry.ChallengeVerdict;
import dev.balancelab.ui.common.I18n;

/** The window's words for challenge knobs and bounds, in the language in use. */
final class ChallengeTexts {
    private ChallengeTexts() {}

    /** For example "retry settings". */
    static String knob(ChallengeKnob knob) {
        return switch (knob) {
            case ALGORITHM -> I18n.t("lesson.knob.algorithm");
            case WEIGHTS -> I18n.t("lesson.knob.weights");
            case RETRY -> I18n.t("lesson.knob.retry");
            case HEALTH_CHECK -> I18n.t("lesson.knob.healthCheck");
            case OUTLIER_DETECTION -> I18n.t("lesson.knob.outlierDetection");
            case VIRTUAL_NODES -> I18n.t("lesson.knob.virtualNodes");
            case WORKERS -> I18n.t("lesson.knob.workers");
        };
    }

    /** For example "✓ p99 412.3 ms (at most 600)". */
    static String line(ChallengeVerdict.Line line) {
        String mark = line.passed() ? "✓" : "×";
        double measured = line.measured();
        double max = line.bound().max();
        String figure = switch (line.bound().metric()) {
            case P50_MS -> I18n.t("lesson.metric.p50", measured, max);
            case P95_MS -> I18n.t("lesson.metric.p95", measured, max);
            case P99_MS -> I18n.t("lesson.metric.p99", measured, max);
            case FAILED -> I18n.t("lesson.metric.failed", measured, max);
            case FAILED_PERCENT -> I18n.t("lesson.metric.failedPercent", measured, max);
            case RETRIES -> I18n.t("lesson.metric.retries", measured, max);
            case AMPLIFICATION -> I18n.t("lesson.metric.amplification", measured, max);
            case FAIRNESS -> I18n.t("lesson.metric.fairness", measured, max);
            case KEYS_MOVED_PERCENT -> I18n.t("lesson.metric.keysMoved", measured, max);
        };
        return mark + " " + figure;
    }
}
