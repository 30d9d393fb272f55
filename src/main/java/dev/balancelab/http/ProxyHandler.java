package dev.balancelab.http;

import dev.balancelab.engine.LabEngine;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;

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
        HttpResponseStatus refusal = HttpServing.refusal(request);
        if (refusal != null) {
            HttpServing.answer(ctx, HttpServing.error(refusal), false);
            return;
        }
        String client =
                ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        String key;
        try {
            key = keySource.key(request.uri(), request.headers()::get, client);
        } catch (IllegalArgumentException e) { // a malformed query string or cookie
            HttpServing.answer(ctx, HttpServing.error(HttpResponseStatus.BAD_REQUEST), false);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        ProxiedRequest proxied =
                new ProxiedRequest(request, client, key, ctx.channel().eventLoop(), engine, backends);
        engine.sendReal(
                key, client, proxied, ended -> HttpServing.answerFromAnyThread(ctx, proxied.answer(ended), keepAlive));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
