package dev.balancelab.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;

/**
 * The last handler of a connection to one of the lab's HTTP servers (the proxy, a backend): answers what
 * {@link HttpServing#refusal} refuses and closes the connection, closes it on an error, and hands every other request
 * to {@link #serve}, which must answer it ({@link #answer}). One request is served at a time per connection, and
 * answered in order (RFC 9112 section 9.3.2): a request pipelined behind the one being served waits here, and reading
 * pauses until it has been answered (backpressure). A client that waits for each answer, as browsers, wrk and the
 * lab's own proxy do, never pauses the connection: pausing and resuming costs two system calls per request on epoll.
 */
abstract class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final Queue<FullHttpRequest> pipelined = new ArrayDeque<>();
    private boolean serving;

    @Override
    protected final void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (serving) {
            pipelined.add(request.retain());
            ctx.channel().config().setAutoRead(false);
            return;
        }
        serving = true;
        handle(ctx, request);
    }

    private void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
        HttpResponseStatus refusal = HttpServing.refusal(request);
        if (refusal != null) {
            answer(ctx, HttpServing.error(refusal), false);
            return;
        }
        serve(ctx, request);
    }

    /** Serves a request that is not refused; {@code request} is released when this returns. */
    abstract void serve(ChannelHandlerContext ctx, FullHttpRequest request);

    /**
     * Writes the answer on the connection's event loop; then keeps the connection and serves the next request (the
     * next pipelined one, handed to the loop as a task of its own, or the next one read), or closes it.
     */
    final void answer(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        HttpUtil.setContentLength(response, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, keepAlive);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
            return;
        }
        FullHttpRequest next = pipelined.poll();
        if (next == null) {
            serving = false;
            ctx.channel().config().setAutoRead(true);
            return;
        }
        ctx.executor().execute(() -> {
            try {
                handle(ctx, next);
            } finally {
                next.release();
            }
        });
    }

    /**
     * {@link #answer}, from any thread: at once on the connection's event loop (a backend answered on it: no
     * hand-over), else handed to it; released if the loop is shut down meanwhile (the lab closed).
     */
    final void answerFromAnyThread(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        if (ctx.executor().inEventLoop()) {
            answer(ctx, response, keepAlive);
            return;
        }
        try {
            ctx.executor().execute(() -> answer(ctx, response, keepAlive));
        } catch (RejectedExecutionException e) {
            response.release();
        }
    }

    /** The client's IP address. */
    static String client(ChannelHandlerContext ctx) {
        return ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
    }

    /**
     * The key {@code source} takes from {@code request} of {@code client}, or null after answering 400 and closing the
     * connection (a malformed query string or cookie).
     */
    final String keyOrRefuse(ChannelHandlerContext ctx, FullHttpRequest request, KeySource source, String client) {
        try {
            return source.key(request.uri(), request.headers()::get, client);
        } catch (IllegalArgumentException e) {
            answer(ctx, HttpServing.error(HttpResponseStatus.BAD_REQUEST), false);
            return null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        pipelined.forEach(FullHttpRequest::release);
        pipelined.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
