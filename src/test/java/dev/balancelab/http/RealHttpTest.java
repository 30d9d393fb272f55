package dev.balancelab.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.CacheSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.perf.LabTopologies;
import dev.balancelab.telemetry.Accounting;
import dev.balancelab.telemetry.CacheCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * The lab on real sockets (issue 11), loopback only, bounded in count and time: the proxy's picks, failover under a
 * kill, the refusals of a reverse proxy that must not be an open proxy. No assert depends on timing; waits are
 * bounded polls.
 */
class RealHttpTest extends LoopbackLabTest {
    private void start(Topology topology, HttpOptions options) throws InterruptedException {
        start(topology, options, 0);
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String servedBy(HttpResponse<?> response) {
        return response.headers().firstValue(LabHeaders.SERVED_BY).orElse("-");
    }

    @Test
    void weights5to1to1GiveNginxSmoothWeightedRoundRobinOrder() throws Exception {
        Topology lesson = TopologyFiles.load(Path.of("sample-topologies/02-weighted-heterogeneous.json"));
        start(
                lesson.withClients(lesson.clients().stream()
                                .map(c -> c.withRate(0))
                                .toList())
                        .withServers(lesson.servers().stream()
                                .map(s -> s.withServiceTime(ServiceTime.fixed(1)))
                                .toList()),
                HttpOptions.loopback(0));
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            HttpResponse<String> r = get(http.proxy().resolve("/any/path?key=user-" + i));
            assertEquals(200, r.statusCode());
            assertEquals("1", r.headers().firstValue(LabHeaders.ATTEMPTS).orElseThrow());
            assertEquals(
                    "weighted-round-robin",
                    r.headers().firstValue(LabHeaders.ALGORITHM).orElseThrow());
            assertEquals("served by " + servedBy(r) + "\n", r.body());
            order.add(servedBy(r));
        }
        // ngx_http_upstream_get_peer with weights 5/1/1: a a b a c a a, seven picks per cycle
        List<String> cycle = List.of("s1", "s1", "s2", "s1", "s3", "s1", "s1");
        assertEquals(
                Collections.nCopies(10, cycle).stream().flatMap(List::stream).toList(), order);
        Accounting.Counts counts = engine.snapshot().counts();
        assertEquals(70, counts.sent());
        assertEquals(70, counts.completed());
        assertTrue(counts.balanced());
    }

    private static Topology fourServers(HealthCheckSpec health) {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, health, new RetrySpec(3, 0, 5, 20, 100, 10));
        return LabTopologies.of(4, 4, 50, ServiceTime.fixed(5), 0, balancer);
    }

    @Test
    void aKillUnderLoadFailsNoRequestAndItsPortRefusesUntilRevived() throws Exception {
        // a killed server refuses its checks at once; the long timeout keeps a loaded machine from failing live ones
        start(fourServers(new HealthCheckSpec(200, 2_000, 2, 2)), HttpOptions.loopback(0));
        URI s2 = http.backends().get(ServerId.of("s2"));
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        Semaphore concurrency = new Semaphore(8);
        for (int i = 0; i < 300; i++) {
            if (i == 100) {
                engine.kill(ServerId.of("s2"));
            }
            concurrency.acquire();
            answers.add(CLIENT.sendAsync(
                            HttpRequest.newBuilder(http.proxy().resolve("/k?key=u" + i))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> concurrency.release()));
        }
        for (var answer : answers) {
            assertEquals(
                    200,
                    answer.get().statusCode(),
                    () -> answer.join().body() + answer.join().headers());
        }
        assertThrows(ConnectException.class, () -> new Socket(s2.getHost(), s2.getPort()).close());
        assertTrue(engine.awaitDrained(10_000));
        Accounting.Counts counts = engine.snapshot().counts();
        assertEquals(300, counts.sent());
        assertEquals(300, counts.completed());
        assertTrue(counts.balanced());

        engine.revive(ServerId.of("s2"));
        boolean back = false;
        for (int i = 0; i < 400 && !back; i++) {
            back = servedBy(get(http.proxy().resolve("/again"))).equals("s2");
            Thread.sleep(i < 10 ? 0 : 25);
        }
        assertTrue(back, "s2 takes traffic again once it passed rise health checks");
        assertEquals(200, get(s2.resolve("/health")).statusCode());
    }

    @Test
    void aSlowlorisConnectionIsClosedAfterTheHeaderTimeout() throws Exception {
        start(fourServers(HealthCheckSpec.DEFAULT), HttpOptions.loopback(0).withHeaderTimeoutMs(300));
        try (Socket socket = connect(http.proxy())) {
            socket.getOutputStream()
                    .write("GET / HTTP/1.1\r\nHost: lab\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertEquals(-1, socket.getInputStream().read(), "closed without an answer");
        }
    }

    @Test
    void anAbsoluteTargetAndConnectAreRefused() throws Exception {
        start(fourServers(HealthCheckSpec.DEFAULT), HttpOptions.loopback(0));
        assertTrue(raw(http.proxy(), "GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n")
                .startsWith("HTTP/1.1 400"));
        assertTrue(raw(http.proxy(), "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")
                .startsWith("HTTP/1.1 405"));
        assertTrue(
                raw(http.proxy(), "GET /?key=%zz HTTP/1.1\r\nHost: lab\r\n\r\n").startsWith("HTTP/1.1 400"));
        assertEquals(0, engine.snapshot().counts().sent(), "nothing was forwarded");
    }

    @Test
    void aTwoMegabyteBodyGets413() throws Exception {
        start(fourServers(HealthCheckSpec.DEFAULT), HttpOptions.loopback(0));
        String head = "POST /upload HTTP/1.1\r\nHost: lab\r\nContent-Length: " + 2 * 1024 * 1024 + "\r\n\r\n";
        assertTrue(raw(http.proxy(), head).startsWith("HTTP/1.1 413"));
    }

    @Test
    void aGrayServerPassesHealthChecksButAnswers500() throws Exception {
        start(fourServers(HealthCheckSpec.DEFAULT), HttpOptions.loopback(0));
        engine.inject(ServerId.of("s3"), FailureMode.of(FailureKind.GRAY));
        URI s3 = http.backends().get(ServerId.of("s3"));
        int status = 0;
        for (int i = 0; i < 100 && status != 500; i++) {
            status = get(s3.resolve("/x")).statusCode();
            Thread.sleep(10);
        }
        assertEquals(500, status);
        assertEquals(200, get(s3.resolve("/health")).statusCode());
    }

    @Test
    void aHungServerTimesOutPerTryAndTheRequestIsRetriedElsewhere() throws Exception {
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN,
                AlgorithmParams.DEFAULT,
                HealthCheckSpec.DEFAULT,
                new RetrySpec(2, 300, 0, 0, 100, 10));
        start(LabTopologies.of(2, 4, 50, ServiceTime.fixed(1), 0, balancer), HttpOptions.loopback(0));
        engine.inject(ServerId.of("s1"), FailureMode.of(FailureKind.HANG));
        List<String> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> r = get(http.proxy().resolve("/h" + i));
            assertEquals(200, r.statusCode());
            assertEquals("s2", servedBy(r));
            attempts.add(r.headers().firstValue(LabHeaders.ATTEMPTS).orElseThrow());
        }
        assertTrue(attempts.contains("2"), "a request picked the hung s1 first, timed out and went to s2: " + attempts);
        assertTrue(engine.snapshot().counts().timeouts() > 0);
    }

    @Test
    void aRequestStraightToABackendIsCountedAsFromAnExternalBalancer() throws Exception {
        start(fourServers(HealthCheckSpec.DEFAULT), HttpOptions.loopback(0));
        HttpResponse<String> r = get(http.backends().get(ServerId.of("s4")).resolve("/from-nginx"));
        assertEquals(200, r.statusCode());
        assertEquals("served by s4\n", r.body());
        assertEquals("s4", servedBy(r));
        Accounting.Counts counts = engine.snapshot().counts();
        assertEquals(1, counts.sent());
        assertEquals(1, counts.completed());
        assertEquals(1, engine.snapshot().perServer().get(ServerId.of("s4")).completed());
    }

    @Test
    void theProxysKeyReachesTheServerSoRepeatedRequestsHitItsCache() throws Exception {
        var balancer = new BalancerSpec(
                AlgorithmKind.CONSISTENT_HASH, AlgorithmParams.DEFAULT, HealthCheckSpec.DEFAULT, new RetrySpec(1, 0));
        Topology plain = LabTopologies.of(3, 4, 50, ServiceTime.fixed(1), 0, balancer);
        start(
                plain.withServers(plain.servers().stream()
                        .map(s -> s.withCache(CacheSpec.DEFAULT))
                        .toList()),
                HttpOptions.loopback(0));
        List<String> cache = new ArrayList<>();
        String server = null;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = get(http.proxy().resolve("/profile?key=user-7"));
            assertEquals(200, r.statusCode());
            server = servedBy(r);
            cache.add(r.headers().firstValue(LabHeaders.CACHE).orElse("-"));
        }
        assertEquals(List.of("MISS", "HIT", "HIT", "HIT", "HIT"), cache);
        ServerId id = ServerId.of(server);
        // an external balancer's request (real nginx) carries the key the same way: the lab's key source
        assertEquals(
                200, get(http.backends().get(id).resolve("/profile?key=user-7")).statusCode());
        assertEquals(
                new CacheCounts(5, 1), engine.snapshot().perServer().get(id).cache());
    }

    private static Socket connect(URI uri) throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends {@code request} as it is and returns the answer's first line. */
    private static String raw(URI proxy, String request) throws IOException {
        try (Socket socket = connect(proxy)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
