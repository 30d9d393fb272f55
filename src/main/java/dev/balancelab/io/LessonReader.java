package dev.balancelab.io;

import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.ChallengeKnob;
import dev.balancelab.domain.ChallengeMetric;
import dev.balancelab.domain.LessonPlan;
import dev.balancelab.domain.LessonStep;
import dev.balancelab.domain.LocalizedText;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.StepAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a lesson file's {@code challenge} and {@code steps} (see {@code sample-topologies/README.md}, "Challenges and
 * guided lessons") into a {@link LessonPlan}.
 */
final class LessonReader {
    /** Most steps a guided lesson holds. */
    static final int MAX_STEPS = 100;
    /** Most actions one step takes. */
    static final int MAX_ACTIONS = 10;

    static final List<String> CHALLENGE = List.of("goal", "knobs", "durationMs", "seed", "check");
    private static final List<String> BOUND = List.of("metric", "max");
    static final List<String> STEP = List.of("text", "note", "actions");
    private static final List<String> ACTION = List.of("type", "server", "tab", "value");

    private LessonReader() {}

    /**
     * The challenge and steps of {@code top}, the file's top-level object; servers are checked against {@code servers}.
     */
    static LessonPlan read(ObjectNode top, List<ServerSpec> servers) throws TopologyFileException {
        Challenge challenge = top.has("challenge") ? challenge(top.object("challenge", CHALLENGE)) : null;
        List<LessonStep> steps = new ArrayList<>();
        for (ObjectNode n : top.objects("steps", STEP, false, MAX_STEPS)) {
            steps.add(step(n, servers));
        }
        return new LessonPlan(challenge, steps);
    }

    private static Challenge challenge(ObjectNode n) throws TopologyFileException {
        LocalizedText goal = text(n, "goal", null);
        Set<ChallengeKnob> knobs = n.constants("knobs", ChallengeKnob.class, EnumSet.noneOf(ChallengeKnob.class));
        long durationMs = n.whole("durationMs", null, 1, Challenge.MAX_DURATION_MS);
        long seed = n.whole("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE);
        List<Challenge.Bound> bounds = new ArrayList<>();
        List<ObjectNode> nodes = n.objects("check", BOUND, true, Challenge.MAX_BOUNDS);
        for (ObjectNode b : nodes) {
            bounds.add(new Challenge.Bound(
                    b.constant("metric", ChallengeMetric.class, null), b.decimal("max", null, 0, 1e9)));
        }
        return new Challenge(goal, knobs, durationMs, seed, bounds);
    }

    private static LessonStep step(ObjectNode n, List<ServerSpec> servers) throws TopologyFileException {
        LocalizedText note = n.has("note") ? text(n, "note", null) : null;
        List<StepAction> actions = new ArrayList<>();
        for (ObjectNode a : n.objects("actions", ACTION, false, MAX_ACTIONS)) {
            actions.add(action(a, servers));
        }
        return new LessonStep(text(n, "text", null), note, actions);
    }

    private static StepAction action(ObjectNode n, List<ServerSpec> servers) throws TopologyFileException {
        StepAction.Type type = n.constant("type", StepAction.Type.class, null);
        String argument = switch (type) {
            case KILL, REVIVE -> server(n, servers);
            case TAB -> n.choice("tab", StepAction.TABS, null);
            case SPEED -> String.format(Locale.ROOT, "%s", n.decimal("value", null, 0.1, 4));
            case START, PAUSE -> "";
        };
        return new StepAction(type, argument);
    }

    private static String server(ObjectNode n, List<ServerSpec> servers) throws TopologyFileException {
        String id = n.string("server", null);
        if (servers.stream().noneMatch(s -> s.id().value().equals(id))) {
            throw n.error("server", "no server has id " + ObjectNode.quote(id));
        }
        return id;
    }

    private static LocalizedText text(ObjectNode n, String name, String fallback) throws TopologyFileException {
        return new LocalizedText(n.texts(name, fallback, TopologyReader.LANGUAGES));
    }
}
