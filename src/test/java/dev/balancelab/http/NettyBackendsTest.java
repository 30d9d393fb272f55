package dev.balancelab.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.perf.LabTopologies;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The backends on Netty keep the JDK-HttpServer backends' semantics (issue 11): the lab server's own bounded pool
 * serves (a full queue answers 503) while the event loops stay free, a crash cuts open connections and a revive
 * rebinds the same port, {@code /health} is the heartbeat responder's, keep-alive connections are reused, and the lab's
 * headers keep their spelling. Requests go straight to the backends, as real nginx sends them; loopback only, bounded
 * waits, no assert on timing.
 */
class NettyBackendsTest extends LoopbackLabTest {
    private static final ServerId S1 = ServerId.of("s1");
    private static final ServerId S2 = ServerId.of("s2");

    /** Two servers of one worker and a queue of one, each request held {@code serviceMs}. */
    private void startTwo(long serviceMs) throws InterruptedException {
        start(
                LabTopologies.of(
                        2, 1, 1, ServiceTime.fixed(serviceMs), 0, new HealthCheckSpec(60_000, 30_000, 3, 2), 1),
                HttpOptions.loopback(0),
                0);
    }

    private static CompletableFuture<HttpResponse<String>> send(URI uri) {
        return LoopbackLabTest.CLIENT.sendAsync(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (15 s at most) until {@code count} of {@code answers} are done; returns those. */
    private static List<CompletableFuture<HttpResponse<String>>> done(
            List<CompletableFuture<HttpResponse<String>>> answers, int count) throws InterruptedException {
        for (int i = 0;
                i < 300 && answers.stream().filter(CompletableFuture::isDone).count() < count;
                i++) {
            Thread.sleep(50);
        }
        return answers.stream().filter(CompletableFuture::isDone).toList();
    }

    private static boolean accepts(URI backend) {
        try (Socket socket = new Socket(backend.getHost(), backend.getPort())) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFullQueueAnswers503AndTheHeartbeatResponderAnswersHealthMeanwhile() throws Exception {
        startTwo(60_000);
        URI s1 = http.backends().get(S1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(send(s1.resolve("/held-" + i)));
        }
        List<CompletableFuture<HttpResponse<String>>> rejected = done(answers, 4);
        assertEquals(4, rejected.size(), "one worker and a queue of one hold two requests; the other four get 503");
        for (var answer : rejected) {
            assertEquals(503, answer.join().statusCode(), answer.join().body());
            assertEquals(
                    "s1",
                    answer.join().headers().firstValue(LabHeaders.SERVED_BY).orElse("-"));
        }
        // the event loops do not wait for the held requests: s1's own health check and s2 answer
        assertEquals(200, send(s1.resolve("/health")).get(15, TimeUnit.SECONDS).statusCode());
        assertEquals(
                200,
                send(http.backends().get(S2).resolve("/health"))
                        .get(15, TimeUnit.SECONDS)
                        .statusCode());
        assertEquals(2, answers.stream().filter(a -> !a.isDone()).count());
    }

    @Test
    void aCrashCutsOpenConnectionsRefusesNewOnesAndARevivedServerAnswersOnTheSamePort() throws Exception {
        startTwo(60_000);
        URI s1 = http.backends().get(S1);
        CompletableFuture<HttpResponse<String>> held = send(s1.resolve("/held"));
        for (int i = 0; i < 300 && engine.snapshot().perServer().get(S1).inFlight() == 0; i++) {
            Thread.sleep(50);
        }
        // in flight counts the attempt from its dispatch, a moment before a worker holds it; killed in that moment,
        // the dead server refuses it at once (503) instead of holding it, and there is no held request to cut (this
        // test failed so about once in ten runs): give the worker time to take it
        Thread.sleep(500);
        engine.kill(S1);
        var cut = assertThrows(ExecutionException.class, () -> held.get(15, TimeUnit.SECONDS));
        assertTrue(cut.getCause() instanceof IOException, cut.toString());
        assertThrows(ConnectException.class, () -> new Socket(s1.getHost(), s1.getPort()).close());

        engine.revive(S1); // on the control plane: the port opens soon after
        assertEquals(s1, http.backends().get(S1));
        for (int i = 0; i < 300 && !accepts(s1); i++) {
            Thread.sleep(50);
        }
        HttpResponse<String> health = send(s1.resolve("/health")).get(15, TimeUnit.SECONDS);
        assertEquals(200, health.statusCode());
        assertEquals("up\n", health.body());
    }

    @Test
    void aHungServersHealthCheckIsNeverAnsweredWhileTheOthersAre() throws Exception {
        startTwo(1);
        URI s1 = http.backends().get(S1);
        // the control plane applies a failure soon after inject returns: a check sent before that is still answered
        engine.inject(S1, FailureMode.of(FailureKind.HANG));
        assertEquals(-1, health(s1, true), "a hung server's health check is never answered");
        assertEquals(
                200,
                send(http.backends().get(S2).resolve("/health"))
                        .get(15, TimeUnit.SECONDS)
                        .statusCode());
        engine.inject(S1, FailureMode.NONE);
        assertEquals(200, health(s1, false), "answered again once the hang ends");
    }

    /**
     * Sends {@code GET /health} to {@code backend}, each given 500 ms, at most 20 times: until one goes unanswered (then
     * -1) if {@code untilUnanswered}, else until one is answered (then its status); 0 if none did.
     */
    private static int health(URI backend, boolean untilUnanswered) throws Exception {
        var check = HttpRequest.newBuilder(backend.resolve("/health"))
                .timeout(Duration.ofMillis(500))
                .build();
        for (int i = 0; i < 20; i++) {
            try {
                int status =
                        CLIENT.send(check, HttpResponse.BodyHandlers.ofString()).statusCode();
                if (!untilUnanswered) {
                    return status;
                }
            } catch (HttpTimeoutException e) {
                if (untilUnanswered) {
                    return -1;
                }
            }
        }
        return 0;
    }

    @Test
    void keepAliveConnectionsAreReusedAndTheLabsHeadersKeepTheirSpelling() throws Exception {
        startTwo(1);
        String heads = getOnOneConnection(http.backends().get(S2).resolve("/health"), 3, false);
        assertEquals(3, heads.split("HTTP/1.1 200 OK", -1).length - 1, heads);
        assertEquals(3, heads.split("\r\nX-Served-By: s2\r\n", -1).length - 1, heads);
    }

    @Test
    void pipelinedRequestsAreServedOneAfterTheOtherAndAnsweredInOrder() throws Exception {
        startTwo(1);
        // one worker and a queue of one: served together, the third would be refused (503) and answered first
        String answers = getOnOneConnection(http.backends().get(S1).resolve("/pipelined"), 3, true);
        assertEquals(3, answers.split("HTTP/1.1 200 OK", -1).length - 1, answers);
    }
}
