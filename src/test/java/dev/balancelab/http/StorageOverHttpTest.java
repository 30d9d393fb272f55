package dev.balancelab.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.telemetry.DataCounts;
import dev.balancelab.telemetry.LabEvent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * One data plane down to the storage tier (issues 11 and 13): requests over real HTTP read and write their key at the
 * storage tier like simulated ones, on lesson 15's topology (N = 3, R = W = 2, no caches), loopback only, bounded in
 * count and time.
 */
class StorageOverHttpTest extends LoopbackLabTest {
    private void start() throws Exception {
        Topology lesson = TopologyFiles.load(Path.of("sample-topologies/15-replication-under-failure.json"));
        start(
                lesson.withClients(lesson.clients().stream()
                                .map(c -> c.withRate(0))
                                .toList())
                        .withScenario(List.of()),
                HttpOptions.loopback(0),
                10_000);
    }

    private static HttpResponse<String> send(String method, URI uri) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(uri)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String storage(HttpResponse<?> r) {
        return r.headers().firstValue(LabHeaders.STORAGE).orElse("-");
    }

    /** The replicas the header names, in preference-list order. */
    private static List<ServerId> replicas(HttpResponse<?> r) {
        String value = storage(r);
        return List.of(value.substring(value.indexOf("replicas=") + 9).split(",")).stream()
                .map(ServerId::of)
                .toList();
    }

    private DataCounts dataWhen(Predicate<DataCounts> condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.test(engine.snapshot().data()); i++) {
            Thread.sleep(25); // the kill runs on the control plane
        }
        return engine.snapshot().data();
    }

    @Test
    void aPutWritesAndAGetReadsTheKeyThroughTheProxyAndTwoDeadReplicasFailTheRead() throws Exception {
        start();
        URI key = http.proxy().resolve("/profile?key=user-7");

        HttpResponse<String> put = send("PUT", key);
        assertEquals(200, put.statusCode());
        assertTrue(storage(put).startsWith("write ok w=3/2 replicas="), storage(put));
        List<ServerId> replicas = replicas(put);
        assertEquals(3, replicas.size());
        HttpResponse<String> get = send("GET", key);
        assertEquals(200, get.statusCode());
        assertEquals(
                "read ok r=3/2 replicas="
                        + String.join(
                                ",", replicas.stream().map(ServerId::toString).toList()),
                storage(get));

        engine.kill(replicas.get(0));
        dataWhen(d -> d.underReplicatedKeys() > 0);
        HttpResponse<String> oneDown = send("DELETE", key);
        assertEquals(200, oneDown.statusCode(), "W = 2 of the two live replicas");
        assertTrue(storage(oneDown).startsWith("write ok w=2/2 "), storage(oneDown));

        engine.kill(replicas.get(1));
        dataWhen(d -> d.unavailableKeys() > 0);
        HttpResponse<String> twoDown = send("GET", key);
        assertEquals(500, twoDown.statusCode(), "a missed quorum is the server's error, as a simulated attempt's");
        assertTrue(storage(twoDown).startsWith("read quorum-failed r=1/2 "), storage(twoDown));
        assertEquals("1", twoDown.headers().firstValue(LabHeaders.ATTEMPTS).orElseThrow(), "maxAttempts 1");

        DataCounts data = engine.snapshot().data();
        assertEquals(2, data.reads());
        assertEquals(2, data.writes());
        assertEquals(1, data.failedReads());
        assertEquals(0, data.failedWrites());
        assertEquals(4, engine.snapshot().counts().sent());
        assertEquals(1, engine.snapshot().counts().failed());

        // the window's storage dots: one operation per request, from the server that served it
        List<LabEvent.StorageOp> ops = new ArrayList<>();
        engine.events()
                .drain(
                        e -> {
                            if (e instanceof LabEvent.StorageOp op) {
                                ops.add(op);
                            }
                        },
                        Integer.MAX_VALUE);
        assertEquals(
                List.of(true, false, true, false),
                ops.stream().map(LabEvent.StorageOp::write).toList());
        assertEquals(
                List.of(true, true, true, false),
                ops.stream().map(LabEvent.StorageOp::ok).toList());
        assertEquals(
                List.of(put, get, oneDown, twoDown).stream()
                        .map(StorageOverHttpTest::servedBy)
                        .toList(),
                ops.stream().map(op -> op.server().toString()).toList());
    }

    private static String servedBy(HttpResponse<?> r) {
        return r.headers().firstValue(LabHeaders.SERVED_BY).orElse("-");
    }

    @Test
    void aBackendSpellsTheStorageHeaderAsDocumented() throws Exception {
        start();
        String answer =
                getOnOneConnection(http.backends().get(ServerId.of("s1")).resolve("/p?key=user-3"), 1, false);
        assertTrue(answer.contains("\r\nX-Balance-Lab-Storage: read ok r=3/2 replicas="), answer);
    }

    @Test
    void anExternalBalancersWriteReachesTheStorageTierAndAMissedQuorumAnswers500() throws Exception {
        start();
        URI s1 = http.backends().get(ServerId.of("s1")).resolve("/from-nginx?key=user-3");
        HttpResponse<String> post = send("POST", s1);
        assertEquals(200, post.statusCode());
        assertTrue(storage(post).startsWith("write ok w=3/2 "), storage(post));

        List<ServerId> replicas = replicas(post);
        engine.kill(replicas.get(1));
        engine.kill(replicas.get(2));
        dataWhen(d -> d.unavailableKeys() > 0);
        HttpResponse<String> patch = send("PATCH", s1);
        assertEquals(500, patch.statusCode());
        assertTrue(storage(patch).startsWith("write quorum-failed w=1/2 "), storage(patch));
        assertEquals(1, engine.snapshot().data().failedWrites());
    }
}
