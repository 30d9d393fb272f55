package dev.balancelab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Reason;
import dev.balancelab.domain.ServerId;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.TierTopologies;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.Highlight;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Why?" in a lab of several balancers (issue 14): each explained pick names the balancer the request went to. */
class SeveralBalancersWhyTest {
    private static final HealthCheckSpec FAST = new HealthCheckSpec(200, 100, 3, 2);
    private static final ServerId S3 = ServerId.of("s3");
    private static final List<Reason> CURSOR =
            List.of(Reason.of("why.roundRobin.cursor", "round robin: cursor {0} mod {1} = {2}", 6, 4, 2));

    @Test
    void aPickThroughLb2NamesLb2() {
        FakeLab lab = new FakeLab(TierTopologies.vipPair(FAST, 1000), null);
        var vm = new InspectorViewModel(lab, lab.feed(), new Highlight());
        lab.events.offer(new LabEvent.Routed(7, 0, "lb1", false, 1));
        lab.events.offer(new LabEvent.Routed(7, 0, "lb2", true, 2));
        lab.events.offer(new LabEvent.Decided(7, 1, AlgorithmKind.ROUND_ROBIN, S3, CURSOR, 3));
        lab.events.offer(new LabEvent.AttemptStarted(7, 1, 0, "user-5", S3, 3));
        lab.feed().pulse();

        Explanation x = vm.explanations().get(0);
        assertEquals("Balancer lb2 · Request #7 · attempt 1 · key user-5", x.heading(), "the try that reached lb2");
        assertEquals(List.of("round robin: cursor 6 mod 4 = 2"), x.reasons());
    }

    @Test
    void aLabOfOneBalancerNamesNone() {
        FakeLab lab = new FakeLab(FallbackTopology.create(FAST), null);
        var vm = new InspectorViewModel(lab, lab.feed(), new Highlight());
        lab.events.offer(new LabEvent.Decided(7, 1, AlgorithmKind.ROUND_ROBIN, S3, CURSOR, 3));
        lab.events.offer(new LabEvent.AttemptStarted(7, 1, 0, "user-5", S3, 3));
        lab.feed().pulse();

        assertEquals(
                "Request #7 · attempt 1 · key user-5", vm.explanations().get(0).heading());
    }
}
