package dev.balancelab.http;

import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** A lab in real time with its HTTP side on loopback, closed after each test; the client the tests send with. */
abstract class LoopbackLabTest {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    LabEngine engine;
    HttpLab http;

    @AfterEach
    void close() {
        if (http != null) {
            http.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    /** Starts {@code topology} (seed 42) with its HTTP side; {@code eventCapacity} events kept for a window. */
    void start(Topology topology, HttpOptions options, int eventCapacity) throws InterruptedException {
        engine = LabEngine.realTime(topology, 42, eventCapacity);
        http = HttpLab.start(engine, options);
        engine.start();
    }
}
