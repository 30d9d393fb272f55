package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A server is named the same way on its card, in the heartbeat monitor, the scenario bar and "Why?". */
class NamesTest extends LabWindowTest {
    private static final String BIG = "Big server (s1)";

    @Override
    Topology topology() {
        Topology t = FallbackTopology.create(FAST_HEALTH);
        List<ServerSpec> servers = new ArrayList<>(t.servers());
        servers.replaceAll(s -> s.withName("Server " + s.id().value().substring(1)));
        servers.set(0, servers.get(0).withName("Big server"));
        return new Topology(
                t.title(),
                t.description(),
                t.clients(),
                t.balancer(),
                servers,
                List.of(new ScenarioEvent(30_000, ScenarioEventType.KILL, ServerId.of("s1"))));
    }

    @Test
    void cardsMonitorScenarioAndWhyAllSayNameWithId(FxRobot robot) throws Exception {
        assertEquals(BIG, Fx.text(robot, "#server-s1 .card-title"));
        assertEquals(BIG, Fx.text(robot, "#health-s1 .health-name"));
        assertEquals("30 s kill " + BIG, Fx.text(robot, ".scenario-marker"));

        robot.clickOn("Why?");
        robot.clickOn("#stepButton");
        await(() -> !chosen(robot).isEmpty());
        assertEquals("→ " + BIG, chosen(robot).get(0), "round robin picks s1 first");
    }

    private static List<String> chosen(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".decision-chosen").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList());
    }
}
