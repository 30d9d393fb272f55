package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.engine.Wire;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * One request through the lab's proxy: carries each attempt the dispatcher makes to the chosen backend (the client's
 * request without hop-by-hop headers, with {@code X-Forwarded-For} appended, the key its key source derived and the
 * lab's request id) and turns the
 * end into the client's answer: the last backend answer with {@code X-Served-By}, {@code X-Attempts} and
 * {@code X-Balancer-Algorithm}, or 504 when the last attempt timed out, 503 when no server was available and 502 when
 * the last backend refused or cut the connection (as nginx answers).
 */
final class ProxiedRequest implements Wire {
    private final FullHttpRequest request;
    private final HttpHeaders headers;
    private final LabEngine engine;
    private final BackendClient backends;
    private final EventLoop loop;
    private volatile BackendAnswer last;
    private volatile int lastNumber;

    /**
     * Copies what it forwards out of {@code request}, which stays the caller's; its attempts go out on {@code loop},
     * the client connection's.
     */
    ProxiedRequest(
            FullHttpRequest request,
            String client,
            String key,
            EventLoop loop,
            LabEngine engine,
            BackendClient backends) {
        this.request = request.copy();
        this.headers = this.request.headers();
        HopByHop.strip(headers);
        HopByHop.forwardedFor(headers, client);
        headers.set(LabHeaders.KEY, key);
        this.engine = engine;
        this.backends = backends;
        this.loop = loop;
    }

    @Override
    public void forward(ServerId server, WireAttempt attempt) {
        HttpHeaders h = headers.copy().set(LabHeaders.REQUEST, attempt.requestId());
        FullHttpRequest copy = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1,
                request.method(),
                request.uri(),
                request.content().retainedDuplicate(),
                h,
                request.trailingHeaders());
        backends.send(loop, server, copy, attempt, answer -> {
            lastNumber = attempt.number();
            last = answer;
        });
    }

    /** The client's answer once the request {@code ended}; releases the copied request. */
    FullHttpResponse answer(Ended ended) {
        request.release();
        boolean answered = switch (ended.outcome()) {
            case OK, ERROR, REJECTED -> lastNumber == ended.attempts();
            default -> false;
        };
        BackendAnswer answer = answered ? last : null;
        FullHttpResponse response = answer != null
                ? new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1,
                        HttpResponseStatus.valueOf(answer.status()),
                        Unpooled.wrappedBuffer(answer.body()))
                : HttpServing.error(
                        switch (ended.outcome()) {
                            case TIMEOUT -> HttpResponseStatus.GATEWAY_TIMEOUT;
                            case NO_SERVER -> HttpResponseStatus.SERVICE_UNAVAILABLE;
                            default -> HttpResponseStatus.BAD_GATEWAY;
                        });
        if (answer != null) {
            response.headers().set(answer.headers());
        }
        if (ended.server() != null) {
            response.headers().set(LabHeaders.SERVED_BY, ended.server().toString());
        }
        response.headers().set(LabHeaders.ATTEMPTS, ended.attempts());
        response.headers().set(LabHeaders.ALGORITHM, engine.algorithm().id());
        return response;
    }
}
