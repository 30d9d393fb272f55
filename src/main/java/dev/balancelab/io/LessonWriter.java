package dev.balancelab.io;

import com.google.gson.stream.JsonWriter;
import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.ChallengeKnob;
import dev.balancelab.domain.LessonPlan;
import dev.balancelab.domain.LessonStep;
import dev.balancelab.domain.LocalizedText;
import dev.balancelab.domain.StepAction;
import java.io.IOException;
import java.util.Map;

/** Writes a lesson's {@code challenge} and {@code steps} as {@link LessonReader} reads them; nothing when absent. */
final class LessonWriter {
    private LessonWriter() {}

    static void write(JsonWriter w, LessonPlan lesson) throws IOException {
        if (lesson.challenge() != null) {
            challenge(w.name("challenge"), lesson.challenge());
        }
        if (!lesson.steps().isEmpty()) {
            w.name("steps").beginArray();
            for (LessonStep step : lesson.steps()) {
                step(w, step);
            }
            w.endArray();
        }
    }

    private static void challenge(JsonWriter w, Challenge c) throws IOException {
        w.beginObject();
        text(w.name("goal"), c.goal());
        w.name("knobs").beginArray();
        for (ChallengeKnob knob : ChallengeKnob.values()) {
            if (c.knobs().contains(knob)) {
                w.value(ObjectNode.jsonName(knob));
            }
        }
        w.endArray();
        w.name("durationMs").value(c.durationMs()).name("seed").value(c.seed());
        w.name("check").beginArray();
        for (Challenge.Bound b : c.bounds()) {
            w.beginObject().name("metric").value(ObjectNode.jsonName(b.metric()));
            TopologyWriter.number(w.name("max"), b.max()).endObject();
        }
        w.endArray().endObject();
    }

    private static void step(JsonWriter w, LessonStep step) throws IOException {
        w.beginObject();
        text(w.name("text"), step.text());
        if (step.note() != null) {
            text(w.name("note"), step.note());
        }
        if (!step.actions().isEmpty()) {
            w.name("actions").beginArray();
            for (StepAction a : step.actions()) {
                action(w, a);
            }
            w.endArray();
        }
        w.endObject();
    }

    private static void action(JsonWriter w, StepAction a) throws IOException {
        w.beginObject().name("type").value(ObjectNode.jsonName(a.type()));
        switch (a.type()) {
            case KILL, REVIVE -> w.name("server").value(a.argument());
            case TAB -> w.name("tab").value(a.argument());
            case SPEED -> TopologyWriter.number(w.name("value"), Double.parseDouble(a.argument()));
            case START, PAUSE -> {
                // no argument
            }
        }
        w.endObject();
    }

    /** A plain string for English only, else an object by language tag. */
    private static void text(JsonWriter w, LocalizedText text) throws IOException {
        if (text.byLanguage().size() == 1) {
            w.value(text.in(LocalizedText.ENGLISH));
            return;
        }
        w.beginObject();
        for (Map.Entry<String, String> e : text.byLanguage().entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject();
    }
}
