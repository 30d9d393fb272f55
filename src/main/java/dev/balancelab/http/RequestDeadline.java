package dev.balancelab.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Closes a client connection that is too slow to send a request or stays idle too long: a new connection must have
 * sent a whole request within the header timeout (a slowloris sending a byte now and then is closed; nginx
 * {@code client_header_timeout}), and after each answer the connection may stay idle for the idle timeout (nginx
 * {@code keepalive_timeout}). While a request is being served there is no deadline: the retry policy's timeouts bound
 * it. Sits after the HTTP codec, so it sees whole requests end ({@link LastHttpContent}).
 */
final class RequestDeadline extends ChannelDuplexHandler {
    private final long headerTimeoutMs;
    private final long idleTimeoutMs;
    private Future<?> deadline;

    RequestDeadline(long headerTimeoutMs, long idleTimeoutMs) {
        this.headerTimeoutMs = headerTimeoutMs;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        arm(ctx, headerTimeoutMs);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof LastHttpContent) {
            disarm();
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            promise.addListener(f -> arm(ctx, idleTimeoutMs));
        }
        ctx.write(msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        disarm();
        ctx.fireChannelInactive();
    }

    private void arm(ChannelHandlerContext ctx, long ms) {
        disarm();
        deadline = ctx.executor().schedule(() -> ctx.close(), ms, TimeUnit.MILLISECONDS);
    }

    private void disarm() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
