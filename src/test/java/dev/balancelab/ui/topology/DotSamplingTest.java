package dev.balancelab.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.FallbackTopology;
import dev.balancelab.ui.common.DocumentStub;
import dev.balancelab.ui.common.FakeLab;
import dev.balancelab.ui.common.Highlight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Above 2,500 requests per second of lab time the canvas draws one request in k, and says so. */
class DotSamplingTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void kIsTheSmallestOfOneTwoFiveTimesAPowerOfTenThatKeepsTheDotsUnderTheLimit() {
        assertEquals(2_500, DotSampling.MAX_DOTS_PER_SECOND);
        long[] rates = {0, 2_500, 2_501, 5_000, 5_001, 12_501, 20_000, 25_001, 50_001, 250_001};
        int[] ks = {1, 1, 2, 2, 5, 10, 10, 20, 50, 200};
        for (int i = 0; i < rates.length; i++) {
            assertEquals(ks[i], DotSampling.requestsPerDot(rates[i]), "at " + rates[i] + " requests/s");
        }
    }

    @Test
    void twentyThousandRequestsASecondAreDrawnOneInTenSpreadOverRoundRobinsServersThenAllAgainWhenQuiet() {
        DotSampling sampling = new DotSampling();
        for (long id = 0; id < 20_000; id++) {
            assertEquals(true, sampling.draws(id, true, id * SECOND / 20_000), "every request in the first second");
        }
        int[] perServer = new int[4]; // round robin over 4 servers: request id i goes to server i mod 4
        int drawn = 0;
        for (long id = 20_000; id < 40_000; id++) {
            if (sampling.draws(id, true, SECOND + (id - 20_000) * SECOND / 20_000)) {
                drawn++;
                perServer[(int) (id % 4)]++;
                assertEquals(true, sampling.draws(id, false, 2 * SECOND - 1), "a drawn request's retry is drawn");
            }
        }
        assertEquals(10, sampling.requestsPerDotProperty().get());
        assertEquals(2_000, drawn, 150, "one in ten");
        for (int server : perServer) {
            assertEquals(500, server, 100, "every server gets its share of the dots: " + Arrays.toString(perServer));
        }
        sampling.at(3 * SECOND);
        assertEquals(1, sampling.requestsPerDotProperty().get(), "a second without requests: the frames say so");
        for (long id = 0; id < 3_000; id++) {
            sampling.draws(id, true, 3 * SECOND + 1 + id);
        }
        sampling.at(4 * SECOND + 2);
        assertEquals(2, sampling.requestsPerDotProperty().get(), "3,000 requests in a second");
    }

    @Test
    void theTopologyViewModelSamplesTheStartsAndSaysHowMany() {
        Topology lab = FallbackTopology.create(HealthCheckSpec.DEFAULT);
        FakeLab fake = new FakeLab(lab, null);
        TopologyViewModel vm = new TopologyViewModel(fake, fake.feed(), new DocumentStub(lab), new Highlight());
        ServerId s1 = lab.servers().get(0).id();
        List<LabEvent> events = new ArrayList<>();
        LongStream.range(0, 12_600)
                .forEach(id -> events.add(new LabEvent.AttemptStarted(id, 1, 0, "k", s1, id * SECOND / 12_600)));
        events.add(new LabEvent.AttemptStarted(12_600, 1, 0, "k", s1, SECOND));
        fake.feed().replay(events);
        assertEquals(10, vm.requestsPerDotProperty().get());
    }
}
