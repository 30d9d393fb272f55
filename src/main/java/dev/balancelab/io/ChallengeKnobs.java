package dev.balancelab.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.balancelab.domain.Challenge;
import dev.balancelab.domain.ChallengeKnob;
import dev.balancelab.domain.KnobViolation;
import dev.balancelab.domain.LocalizedText;
import dev.balancelab.domain.Topology;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces a challenge's knobs: a lab passes only if it differs from the challenge's original lesson in nothing but
 * the fields its knobs name (and the cards' positions, which are layout). Both labs are written as the file format
 * writes them and compared field by field, so the first difference is named by its path in the file. The original is
 * the bundled lesson with the same title or the same goal; comparing against it, rather than against a fingerprint
 * stored in the file, keeps the bundled challenges valid when the file format grows fields. Thread-safe.
 */
public final class ChallengeKnobs {
    private static final String ABSENT = "absent";
    private static final List<String> ALWAYS_FREE =
            List.of("clients[].position", "servers[].position", "balancer.position");

    private ChallengeKnobs() {}

    /**
     * The bundled lesson {@code lab} is a copy of: a sample with a challenge whose English title or goal is
     * {@code lab}'s. Empty for a lab without a challenge or a challenge of the author's own.
     */
    public static Optional<Topology> bundledOriginal(Topology lab) {
        Challenge mine = lab.lesson().challenge();
        if (mine == null) {
            return Optional.empty();
        }
        for (String name : SampleTopologies.names()) {
            Topology sample = load(name);
            Challenge theirs = sample.lesson().challenge();
            if (theirs != null
                    && (sample.title().equals(lab.title()) || goal(theirs).equals(goal(mine)))) {
                return Optional.of(sample);
            }
        }
        return Optional.empty();
    }

    /**
     * The first field in which {@code lab} differs from {@code original} outside {@code original}'s challenge knobs,
     * in file order (the challenge itself is never a knob).
     *
     * @throws IllegalArgumentException if {@code original} has no challenge
     */
    public static Optional<KnobViolation> violation(Topology original, Topology lab) {
        Challenge challenge = original.lesson().challenge();
        if (challenge == null) {
            throw new IllegalArgumentException("the original lesson has no challenge");
        }
        Map<String, String> before = fields(original);
        Map<String, String> after = fields(lab);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String was = before.getOrDefault(path, ABSENT);
            String now = after.getOrDefault(path, ABSENT);
            if (!was.equals(now) && !free(path, challenge.knobs())) {
                return Optional.of(new KnobViolation(path, was, now));
            }
        }
        return Optional.empty();
    }

    /**
     * One English line for the CLI: {@code servers[2].serviceTime.meanMs: changed 100 -> 50, but this challenge lets
     * you change only weights}.
     */
    public static String describe(KnobViolation v, Set<ChallengeKnob> knobs) {
        String allowed = knobs.isEmpty()
                ? "nothing but the cards' positions"
                : String.join(
                        ", ", knobs.stream().sorted().map(ObjectNode::jsonName).toList());
        return v.field() + ": changed " + v.original() + " -> " + v.now() + ", but this challenge lets you change only "
                + allowed;
    }

    /** The file's field paths for a knob, array indices left out ({@code servers[].weight}). */
    static String path(ChallengeKnob knob) {
        return switch (knob) {
            case ALGORITHM -> "balancer.algorithm";
            case WEIGHTS -> "servers[].weight";
            case RETRY -> "balancer.retry";
            case HEALTH_CHECK -> "balancer.healthCheck";
            case OUTLIER_DETECTION -> "balancer.outlierDetection";
            case VIRTUAL_NODES -> "balancer.params.virtualNodesPerWeight";
            case WORKERS -> "servers[].workers";
        };
    }

    private static boolean free(String path, Set<ChallengeKnob> knobs) {
        String general = path.replaceAll("\\[\\d+]", "[]");
        return ALWAYS_FREE.stream().anyMatch(p -> under(general, p))
                || knobs.stream().anyMatch(k -> under(general, path(k)));
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    /** Every leaf of the lab as written, by path, in file order. */
    private static Map<String, String> fields(Topology lab) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten("", JsonParser.parseString(TopologyFiles.write(lab)), leaves);
        return leaves;
    }

    private static void flatten(String path, JsonElement e, Map<String, String> leaves) {
        if (e.isJsonObject()) {
            e.getAsJsonObject()
                    .entrySet()
                    .forEach(m -> flatten(path.isEmpty() ? m.getKey() : path + "." + m.getKey(), m.getValue(), leaves));
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                flatten(path + "[" + i + "]", e.getAsJsonArray().get(i), leaves);
            }
        } else {
            leaves.put(path, e.toString());
        }
    }

    private static String goal(Challenge c) {
        return c.goal().in(LocalizedText.ENGLISH);
    }

    private static Topology load(String name) {
        try {
            return SampleTopologies.load(name);
        } catch (TopologyFileException e) {
            throw new IllegalStateException("a bundled lesson cannot be read: " + e.getMessage(), e);
        }
    }
}
