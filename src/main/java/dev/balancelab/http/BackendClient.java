package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import dev.balancelab.engine.Wire;
import dev.balancelab.telemetry.Outcome;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.ChannelHealthChecker;
import io.netty.channel.pool.ChannelPool;
import io.netty.channel.pool.SimpleChannelPool;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The proxy's side of its backends: pools of keep-alive HTTP/1.1 connections per server (Netty
 * {@link SimpleChannelPool}; a connection is reused when it is free and still open), one attempt per connection at a
 * time. Each event loop has its own pools, and an attempt goes out on the loop of the client connection it serves (as
 * Netty's proxy example and Armeria do): the client's request, the backend's answer and the client's answer run on one
 * thread, with no hand-over between threads. A refused connection ends the attempt {@link Outcome#REJECTED}, a
 * connection cut before the answer {@link Outcome#RESET}; a per-try timeout closes the connection. A server can be
 * {@linkplain #cutOff cut off} (a server the lab does not run, killed in the lab): its open connections are closed and
 * new attempts refused, as a firewall rule would, while its process runs on.
 */
final class BackendClient implements AutoCloseable {
    private static final AttributeKey<Call> CALL = AttributeKey.valueOf("balancelab.call");
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final Map<EventExecutor, Map<ServerId, ChannelPool>> pools = new HashMap<>();
    private final Map<ServerId, ChannelGroup> open = new LinkedHashMap<>();
    private final Set<ServerId> cutOff = ConcurrentHashMap.newKeySet();

    /** One attempt on one connection. */
    private record Call(Wire.WireAttempt attempt, Consumer<BackendAnswer> answered, ChannelPool pool) {}

    /** Pools on each of {@code loops}' workers to each of {@code backends}. */
    BackendClient(EventLoops loops, Map<ServerId, InetSocketAddress> backends) {
        Bootstrap base = new Bootstrap()
                .channel(loops.transport().channel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MS);
        backends.keySet()
                .forEach(id -> open.put(id, new DefaultChannelGroup(id.value(), GlobalEventExecutor.INSTANCE)));
        for (EventExecutor loop : loops.workers()) {
            Map<ServerId, ChannelPool> loopPools = new LinkedHashMap<>();
            backends.forEach((id, address) -> loopPools.put(
                    id,
                    new SimpleChannelPool(
                            base.clone((EventLoop) loop).remoteAddress(address),
                            new Connections(open.get(id)),
                            ChannelHealthChecker.ACTIVE)));
            pools.put(loop, loopPools);
        }
    }

    /**
     * Cuts the proxy off from {@code server} (true): its open connections close, so attempts in flight end
     * {@link Outcome#RESET}, and new attempts end {@link Outcome#REJECTED} without connecting; or lets it reach the
     * server again (false).
     */
    void cutOff(ServerId server, boolean cut) {
        if (cut) {
            cutOff.add(server);
            open.get(server).close();
        } else {
            cutOff.remove(server);
        }
    }

    /** Whether {@code server} is cut off. */
    boolean isCutOff(ServerId server) {
        return cutOff.contains(server);
    }

    /**
     * Sends {@code request} (which this call releases) as one attempt to {@code server} on a connection of
     * {@code loop} (the client connection's event loop); tells {@code answered} the backend's answer before it ends
     * the attempt with the answer's outcome.
     */
    void send(
            EventLoop loop,
            ServerId server,
            FullHttpRequest request,
            Wire.WireAttempt attempt,
            Consumer<BackendAnswer> answered) {
        if (cutOff.contains(server)) {
            request.release();
            attempt.end(Outcome.REJECTED);
            return;
        }
        ChannelPool pool = pools.get(loop).get(server);
        pool.acquire().addListener(acquired -> {
            if (!acquired.isSuccess()) {
                request.release();
                attempt.end(Outcome.REJECTED);
                return;
            }
            Channel channel = (Channel) acquired.getNow();
            channel.attr(CALL).set(new Call(attempt, answered, pool));
            attempt.onTimeout(channel::close);
            channel.writeAndFlush(request).addListener(written -> {
                if (!written.isSuccess()) {
                    channel.close();
                }
            });
        });
    }

    /** Sets a new connection up: HTTP codec, whole answers of up to {@code MAX_BODY_BYTES}, and the answer handler. */
    private static final class Connections extends AbstractChannelPoolHandler {
        private final ChannelGroup connections;

        Connections(ChannelGroup connections) {
            this.connections = connections;
        }

        @Override
        public void channelCreated(Channel channel) {
            connections.add(channel);
            channel.pipeline()
                    .addLast(new HttpClientCodec())
                    .addLast(new HttpObjectAggregator(HttpOptions.MAX_BODY_BYTES))
                    .addLast(new Answers());
        }
    }

    /** Hands a connection's answer to its call; a connection that closes first resets the call. */
    private static final class Answers extends SimpleChannelInboundHandler<FullHttpResponse> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            Call call = ctx.channel().attr(CALL).getAndSet(null);
            if (call == null) {
                return;
            }
            BackendAnswer answer = BackendAnswer.of(response);
            if (!HttpUtil.isKeepAlive(response)) {
                ctx.close();
            }
            call.pool().release(ctx.channel());
            call.answered().accept(answer);
            call.attempt().end(answer.outcome());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            Call call = ctx.channel().attr(CALL).getAndSet(null);
            if (call != null) {
                call.pool().release(ctx.channel());
                call.attempt().end(Outcome.RESET);
            }
            ctx.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() {
        pools.values().forEach(loopPools -> loopPools.values().forEach(ChannelPool::close));
    }
}
