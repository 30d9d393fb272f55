package dev.balancelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.balancelab.domain.ChallengeKnob;
import dev.balancelab.domain.KnobViolation;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A challenge's knobs: what a student may change in a copy of a bundled challenge, and what is named when not. */
class ChallengeKnobsTest {
    private static final String WEIGHTS = "21-challenge-weights-for-unequal-servers.json";

    private static List<ServerSpec> servers(Topology t, int index, ServerSpec replacement) {
        List<ServerSpec> all = new ArrayList<>(t.servers());
        all.set(index, replacement);
        return all;
    }

    @Test
    void everyBundledChallengeIsItsOwnOriginalAndUnchanged() throws Exception {
        int challenges = 0;
        for (String name : SampleTopologies.names()) {
            Topology t = SampleTopologies.load(name);
            if (t.lesson().challenge() != null) {
                challenges++;
                assertEquals(
                        t.title(),
                        ChallengeKnobs.bundledOriginal(t).orElseThrow().title(),
                        name);
                assertEquals(Optional.empty(), ChallengeKnobs.violation(t, t), name);
            } else {
                assertEquals(Optional.empty(), ChallengeKnobs.bundledOriginal(t), name);
            }
        }
        assertEquals(5, challenges);
    }

    @Test
    void weightsAndCardPositionsMayChangeAWorkerCountMayNot() throws Exception {
        Topology original = SampleTopologies.load(WEIGHTS);
        ServerSpec s1 = original.servers().get(0);
        Topology moved =
                original.withServers(servers(original, 0, s1.withWeight(4).withPosition(new Position(0.9, 0.9))));
        assertEquals(Optional.empty(), ChallengeKnobs.violation(original, moved));

        Topology more = original.withServers(
                servers(original, 2, original.servers().get(2).withWorkers(16)));
        KnobViolation v = ChallengeKnobs.violation(original, more).orElseThrow();
        assertEquals(new KnobViolation("servers[2].workers", "2", "16"), v);
        assertEquals(
                "servers[2].workers: changed 2 -> 16, but this challenge lets you change only weights",
                ChallengeKnobs.describe(v, original.lesson().challenge().knobs()));
    }

    @Test
    void anAddedServerIsNamedAsAFieldThatWasAbsent() throws Exception {
        Topology original = SampleTopologies.load(WEIGHTS);
        List<ServerSpec> four = new ArrayList<>(original.servers());
        four.add(ServerSpec.defaults(new ServerId("s4"), new Position(0, 0)));
        KnobViolation v =
                ChallengeKnobs.violation(original, original.withServers(four)).orElseThrow();
        assertEquals("servers[3].id", v.field());
        assertEquals("absent", v.original());
    }

    @Test
    void everyKnobNamesFieldsTheFileFormatWrites() throws Exception {
        Topology lab = SampleTopologies.load(WEIGHTS);
        JsonElement written = JsonParser.parseString(TopologyFiles.write(lab));
        for (ChallengeKnob knob : ChallengeKnob.values()) {
            JsonElement at = written;
            for (String part : ChallengeKnobs.path(knob).split("\\.")) {
                String name = part.replace("[]", "");
                at = at.getAsJsonObject().get(name);
                assertTrue(at != null, knob + ": no field " + part);
                if (part.endsWith("[]")) {
                    at = at.getAsJsonArray().get(0);
                }
            }
        }
    }
}
