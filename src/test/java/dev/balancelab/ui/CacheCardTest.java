package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.Topology;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A server with a cache shows its hit ratio on its card; one without does not. */
class CacheCardTest extends LabWindowTest {
    private static final Pattern HITS = Pattern.compile("completed [\\d,]+ · hits (\\d+)%");

    /** The fallback lab with a W-TinyLFU cache on s1 and five users per client, so that keys repeat at once. */
    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        return t.withClients(t.clients().stream().map(c -> c.withUsers(5)).toList())
                .withServers(t.servers().stream()
                        .map(s -> s.id().value().equals("s1")
                                ? s.withCache(new CacheSpec(100, CachePolicy.W_TINYLFU, 1))
                                : s)
                        .toList());
    }

    @Test
    void cardShowsTheHitRatio(FxRobot robot) throws Exception {
        robot.clickOn("#startPause");
        await(() -> hitPercent(robot, "s1") > 50);
        List<String> s2 = details(robot, "s2");
        assertFalse(s2.stream().anyMatch(l -> l.contains("hits")), s2::toString);
        assertTrue(s2.stream().anyMatch(l -> l.startsWith("completed ")), s2::toString);
    }

    private static List<String> details(FxRobot robot, String server) throws Exception {
        return fx(() -> robot.lookup("#server-" + server + " .card-detail").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }

    /** The hit percentage on the card of {@code server}; -1 if it shows none. */
    private static int hitPercent(FxRobot robot, String server) throws Exception {
        for (String line : details(robot, server)) {
            Matcher m = HITS.matcher(line);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }
}
