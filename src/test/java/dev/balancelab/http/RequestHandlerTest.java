package dev.balancelab.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One request served at a time per connection, answered in order; reading pauses only behind a pipelined request. */
class RequestHandlerTest {
    /** Remembers what it serves and answers only when told, as a backend's worker does later. */
    private static final class Held extends RequestHandler {
        final List<String> served = new ArrayList<>();
        ChannelHandlerContext ctx;

        @Override
        void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
            this.ctx = ctx;
            served.add(request.uri());
        }

        void answerNow() {
            answer(ctx, HttpServing.text(HttpResponseStatus.OK, "ok"), true);
        }
    }

    private final Held handler = new Held();
    private final EmbeddedChannel channel = new EmbeddedChannel(handler);

    private static FullHttpRequest get(String uri) {
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    }

    @Test
    void aClientThatWaitsForEachAnswerNeverPausesReading() {
        channel.writeInbound(get("/a"));
        assertTrue(channel.config().isAutoRead(), "reading paused while /a is served");
        handler.answerNow();
        channel.writeInbound(get("/b"));
        handler.answerNow();
        assertEquals(List.of("/a", "/b"), handler.served);
        assertTrue(channel.config().isAutoRead());
        assertEquals(2, answers());
    }

    @Test
    void pipelinedRequestsWaitWithReadingPausedAndAreServedInOrder() {
        channel.writeInbound(get("/a"), get("/b"), get("/c"));
        assertEquals(List.of("/a"), handler.served);
        assertFalse(channel.config().isAutoRead(), "reading goes on behind a pipelined request");
        handler.answerNow();
        channel.runPendingTasks();
        assertEquals(List.of("/a", "/b"), handler.served);
        handler.answerNow();
        channel.runPendingTasks();
        assertEquals(List.of("/a", "/b", "/c"), handler.served);
        assertFalse(channel.config().isAutoRead());
        handler.answerNow();
        assertTrue(channel.config().isAutoRead(), "reading resumes once every pipelined request is answered");
        assertEquals(3, answers());
    }

    @Test
    void pipelinedRequestsLeftWhenTheConnectionClosesAreReleased() {
        FullHttpRequest waiting = get("/b");
        channel.writeInbound(get("/a"), waiting);
        assertEquals(1, waiting.refCnt());
        channel.close();
        assertEquals(0, waiting.refCnt());
    }

    private int answers() {
        int n = 0;
        for (Object out; (out = channel.readOutbound()) != null; n++) {
            ((FullHttpResponse) out).release();
        }
        return n;
    }
}
