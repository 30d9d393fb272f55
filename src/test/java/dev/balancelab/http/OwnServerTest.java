package dev.balancelab.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.ServiceUrl;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.perf.LabTopologies;
import dev.balancelab.telemetry.Accounting;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bring your own server (issue 11, item 5): a JDK {@code HttpServer} on loopback plays the student's service behind
 * the lab's proxy as server s2 ({@code "url"}), next to the lab's own s1. Loopback only, bounded in count and time.
 */
class OwnServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ServerId S2 = ServerId.of("s2");

    private HttpServer student;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> forwardedFor = new ConcurrentLinkedQueue<>();
    private LabEngine engine;
    private HttpLab http;

    @BeforeEach
    void startTheStudentsService() throws IOException {
        student = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        student.createContext("/", exchange -> {
            requests.incrementAndGet();
            forwardedFor.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            reply(exchange, "hello from the student's service\n");
        });
        student.createContext("/healthz", exchange -> {
            checks.incrementAndGet();
            reply(exchange, "ok\n");
        });
        student.start();
    }

    private static void reply(HttpExchange exchange, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @AfterEach
    void close() {
        for (AutoCloseable side : new AutoCloseable[] {http, engine, () -> student.stop(0)}) {
            if (side != null) {
                try {
                    side.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private Topology withStudentAsS2() {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN,
                AlgorithmParams.DEFAULT,
                new HealthCheckSpec(100, 2_000, 2, 2),
                new RetrySpec(2, 0));
        Topology lab = LabTopologies.of(2, 4, 50, ServiceTime.fixed(1), 0, balancer);
        URI url = URI.create("http://127.0.0.1:" + student.getAddress().getPort());
        return lab.withServers(lab.servers().stream()
                .map(s -> s.id().equals(S2) ? s.withUrl(new ServiceUrl(url, "/healthz")) : s)
                .toList());
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> servedBy(int count) throws IOException, InterruptedException {
        List<String> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> r = get(http.proxy().resolve("/p" + i));
            assertEquals(200, r.statusCode());
            servers.add(r.headers().firstValue(LabHeaders.SERVED_BY).orElseThrow());
        }
        return servers;
    }

    @Test
    void theProxyForwardsToTheStudentsServiceAndKillStopsRoutingToIt() throws Exception {
        engine = LabEngine.realTime(withStudentAsS2(), 42, 0);
        http = HttpLab.start(engine, HttpOptions.loopback(0));
        engine.start();
        assertEquals(student.getAddress().getPort(), http.backends().get(S2).getPort());

        HttpResponse<String> first = get(http.proxy().resolve("/hello"));
        HttpResponse<String> second = get(http.proxy().resolve("/hello"));
        assertEquals(
                List.of("s1", "s2"),
                List.of(
                        first.headers().firstValue(LabHeaders.SERVED_BY).orElseThrow(),
                        second.headers().firstValue(LabHeaders.SERVED_BY).orElseThrow()));
        assertEquals("hello from the student's service\n", second.body());
        assertEquals(1, requests.get());
        assertEquals(List.of("127.0.0.1"), List.copyOf(forwardedFor));
        assertTrue(checks.get() > 0, "the health checks are real GET /healthz at the student's service");

        // kill: the lab stops routing to the service, which runs on; its health checks fail without a request
        engine.kill(S2);
        assertEquals(List.of("s1", "s1", "s1", "s1", "s1", "s1"), servedBy(6));
        assertEquals(1, requests.get(), "no request reached the student's service after the kill");
        assertEquals(200, get(http.backends().get(S2).resolve("/")).statusCode(), "the service itself still runs");
        requests.set(0);
        int checksAtKill = checks.get();
        awaitState(HealthState.DOWN);
        assertEquals(checksAtKill, checks.get(), "a cut-off server gets no health checks");

        engine.revive(S2);
        awaitState(HealthState.UP);
        assertTrue(servedBy(4).contains("s2"), "traffic returns after rise health checks");
        Accounting.Counts counts = engine.snapshot().counts();
        assertEquals(counts.sent(), counts.completed(), counts::toString);
        assertTrue(counts.balanced());
    }

    private void awaitState(HealthState state) throws InterruptedException {
        for (int i = 0; i < 400 && engine.snapshot().perServer().get(S2).state() != state; i++) {
            Thread.sleep(25);
        }
        assertEquals(state, engine.snapshot().perServer().get(S2).state());
    }

    @Test
    void aUrlOnAnotherMachineIsRefusedUnlessAllowed() {
        Topology remote = withStudentAsS2()
                .withServers(withStudentAsS2().servers().stream()
                        .map(s -> s.url() == null ? s : s.withUrl(ServiceUrl.of("http://192.0.2.7:9001")))
                        .toList());
        engine = LabEngine.realTime(remote, 42, 0);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> HttpLab.start(engine, HttpOptions.loopback(0)));
        assertEquals(
                "server s2: url http://192.0.2.7:9001 is not on this machine; only loopback URLs (127.0.0.1, ::1,"
                        + " localhost) are forwarded to unless allowed (serve --allow-remote-urls)",
                e.getMessage());
        HttpLab.checkUrls(remote, true);
        HttpLab.checkUrls(
                remote.withServers(List.of(remote.servers().get(0).withUrl(ServiceUrl.of("http://localhost:9001")))),
                false);
    }
}
