package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.engine.StorageAnswer;
import dev.balancelab.telemetry.Outcome;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * One connection to a lab server's backend port. The event loop never waits for the service time: a request goes to
 * the server's own bounded worker pool ({@link LabEngine#work}, or {@link LabEngine#serveExternal} for an external
 * balancer's request), and the answer is written from the job's end on the connection's event loop. {@code GET /health}
 * goes to the server's heartbeat responder. One request at a time per connection ({@link RequestHandler}; keep-alive:
 * the next request on the same connection follows).
 */
final class BackendHandler extends RequestHandler {
    private final LabEngine engine;
    private final ServerId id;
    private final KeySource keySource;
    private final boolean cached;

    /**
     * @param keySource derives the key of an external balancer's request (the proxy sends its own in
     *     {@link LabHeaders#KEY})
     * @param cached whether the server has a cache (its answers to the proxy then say {@link LabHeaders#CACHE})
     */
    BackendHandler(LabEngine engine, ServerId id, KeySource keySource, boolean cached) {
        this.engine = engine;
        this.id = id;
        this.keySource = keySource;
        this.cached = cached;
    }

    @Override
    void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (health(request.uri())) {
            engine.answerHealthCheck(id)
                    .thenAccept(up -> reply(
                            ctx,
                            keepAlive,
                            text(
                                    up ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
                                    up ? "up" : "down")));
            return;
        }
        HttpHeaders headers = request.headers();
        boolean write = LabHeaders.writes(request.method().name());
        String proxied = headers.get(LabHeaders.REQUEST);
        if (proxied != null) {
            engine.work(id, requestId(proxied), headers.get(LabHeaders.KEY), write, served -> {
                FullHttpResponse response = answer(served.outcome(), served.storage());
                if (response != null && cached) {
                    response.headers().set(LabHeaders.CACHE, served.cacheHit() ? "HIT" : "MISS");
                }
                reply(ctx, keepAlive, response);
            });
            return;
        }
        String client = client(ctx);
        String key = keyOrRefuse(ctx, request, keySource, client);
        if (key == null) {
            return;
        }
        engine.serveExternal(
                id, key, write, client, ended -> reply(ctx, keepAlive, answer(ended.outcome(), ended.storage())));
    }

    /** Whether {@code uri} is the health check's: {@code /health}, below it or with a query. */
    private static boolean health(String uri) {
        return uri.startsWith("/health") && (uri.length() == 7 || uri.charAt(7) == '/' || uri.charAt(7) == '?');
    }

    /** The lab's request id the proxy put in {@link LabHeaders#REQUEST}; -1 if it is not a number. */
    private static long requestId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The answer by outcome, saying what the storage tier answered ({@link LabHeaders#STORAGE}; a missed quorum is the
     * 500 of an {@link Outcome#ERROR}, as the simulated attempt's error); null for a reset, which cuts the connection.
     */
    private FullHttpResponse answer(Outcome outcome, StorageAnswer storage) {
        boolean quorumFailed = storage != null && !storage.ok();
        FullHttpResponse response = switch (outcome) {
            case OK -> text(HttpResponseStatus.OK, "served by " + id);
            case ERROR ->
                text(
                        HttpResponseStatus.INTERNAL_SERVER_ERROR,
                        id + (quorumFailed ? ": storage quorum failed" : ": error"));
            case REJECTED, NO_SERVER -> text(HttpResponseStatus.SERVICE_UNAVAILABLE, id + ": queue full");
            case TIMEOUT -> text(HttpResponseStatus.GATEWAY_TIMEOUT, id + ": timed out");
            case RESET -> null;
        };
        if (response != null && storage != null) {
            response.headers().set(LabHeaders.STORAGE, LabHeaders.storage(storage));
        }
        return response;
    }

    private FullHttpResponse text(HttpResponseStatus status, String text) {
        FullHttpResponse response = HttpServing.text(status, text);
        response.headers().set(LabHeaders.SERVED_BY, id.toString());
        return response;
    }

    /** Writes {@code response} on the connection's event loop, or cuts the connection for none (a reset). */
    private void reply(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        if (response == null) {
            ctx.close();
        } else {
            answerFromAnyThread(ctx, response, keepAlive);
        }
    }
}
