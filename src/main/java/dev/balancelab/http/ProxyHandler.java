package dev.balancelab.http;

import dev.balancelab.engine.LabEngine;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;

/**
 * The proxy's handler of one client connection: refuses what a reverse proxy must not forward, and hands every other
 * request to the engine as a real request ({@link LabEngine#sendReal}) whose attempts a {@link ProxiedRequest} carries
 * to the backends. One request at a time per connection: reading pauses until the answer is written (backpressure;
 * pipelined requests wait in the socket).
 */
final class ProxyHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final LabEngine engine;
    private final BackendClient backends;
    private final KeySource keySource;

    ProxyHandler(LabEngine engine, BackendClient backends, KeySource keySource) {
        this.engine = engine;
        this.backends = backends;
        this.keySource = keySource;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        HttpResponseStatus refusal = refusal(request);
        if (refusal != null) {
            answer(ctx, error(refusal), false);
            return;
        }
        String client =
                ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        String key;
        try {
            key = keySource.key(request.uri(), request.headers()::get, client);
        } catch (IllegalArgumentException e) { // a malformed query string or cookie
            answer(ctx, error(HttpResponseStatus.BAD_REQUEST), false);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        ProxiedRequest proxied =
                new ProxiedRequest(request, client, key, ctx.channel().eventLoop(), engine, backends);
        engine.sendReal(key, client, proxied, ended -> {
            FullHttpResponse response = proxied.answer(ended);
            if (ctx.executor().inEventLoop()) { // the backend answered on this loop: no hand-over
                answer(ctx, response, keepAlive);
                return;
            }
            try {
                ctx.executor().execute(() -> answer(ctx, response, keepAlive));
            } catch (RejectedExecutionException e) {
                response.release(); // the proxy closed meanwhile
            }
        });
    }

    /**
     * Why {@code request} is refused, or null: a malformed or oversized head (400, 414, 431), {@code CONNECT} (405) and
     * any target that is not a path (absolute form {@code http://host/...}, authority form, {@code *}: 400): the lab
     * forwards only to its own servers and is never an open proxy.
     */
    static HttpResponseStatus refusal(FullHttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (result.isFailure()) {
            if (result.cause() instanceof TooLongHttpHeaderException) {
                return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            }
            return result.cause() instanceof TooLongHttpLineException
                    ? HttpResponseStatus.REQUEST_URI_TOO_LONG
                    : HttpResponseStatus.BAD_REQUEST;
        }
        if (request.method().equals(HttpMethod.CONNECT)) {
            return HttpResponseStatus.METHOD_NOT_ALLOWED;
        }
        return request.uri().startsWith("/") ? null : HttpResponseStatus.BAD_REQUEST;
    }

    static FullHttpResponse error(HttpResponseStatus status) {
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(status + "\n", StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        return response;
    }

    /** Writes the answer; keeps the connection (and reads the next request) or closes it. */
    private static void answer(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        HttpUtil.setContentLength(response, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, keepAlive);
        var written = ctx.writeAndFlush(response);
        if (keepAlive) {
            ctx.channel().config().setAutoRead(true);
        } else {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
