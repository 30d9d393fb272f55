package dev.balancelab.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetSocketAddress;

/**
 * The last handler of a connection to one of the lab's HTTP servers (the proxy, a backend): answers what
 * {@link HttpServing#refusal} refuses and closes the connection, closes it on an error, and hands every other request
 * to {@link #serve}, which must answer it ({@link HttpServing#answer}). Reading pauses while a request is served (one
 * request at a time per connection); the answer on a keep-alive connection resumes it.
 */
abstract class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    @Override
    protected final void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        HttpResponseStatus refusal = HttpServing.refusal(request);
        if (refusal != null) {
            HttpServing.answer(ctx, HttpServing.error(refusal), false);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        serve(ctx, request);
    }

    /** Serves a request that is not refused; {@code request} is released when this returns. */
    abstract void serve(ChannelHandlerContext ctx, FullHttpRequest request);

    /** The client's IP address. */
    static String client(ChannelHandlerContext ctx) {
        return ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
    }

    /**
     * The key {@code source} takes from {@code request} of {@code client}, or null after answering 400 and closing the
     * connection (a malformed query string or cookie).
     */
    static String keyOrRefuse(ChannelHandlerContext ctx, FullHttpRequest request, KeySource source, String client) {
        try {
            return source.key(request.uri(), request.headers()::get, client);
        } catch (IllegalArgumentException e) {
            HttpServing.answer(ctx, HttpServing.error(HttpResponseStatus.BAD_REQUEST), false);
            return null;
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
