package dev.balancelab.http;

import dev.balancelab.engine.LabEngine;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * The proxy's handler of one client connection: refuses what a reverse proxy must not forward, and hands every other
 * request to the engine as a real request ({@link LabEngine#sendReal}) whose attempts a {@link ProxiedRequest} carries
 * to the backends. One request at a time per connection ({@link RequestHandler}: pipelined requests wait).
 */
final class ProxyHandler extends RequestHandler {
    private final LabEngine engine;
    private final BackendClient backends;
    private final KeySource keySource;

    ProxyHandler(LabEngine engine, BackendClient backends, KeySource keySource) {
        this.engine = engine;
        this.backends = backends;
        this.keySource = keySource;
    }

    @Override
    void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
        String client = client(ctx);
        String key = keyOrRefuse(ctx, request, keySource, client);
        if (key == null) {
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        ProxiedRequest proxied =
                new ProxiedRequest(request, client, key, ctx.channel().eventLoop(), engine, backends);
        engine.sendReal(key, client, proxied, ended -> answerFromAnyThread(ctx, proxied.answer(ended), keepAlive));
    }
}
