package dev.balancelab.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * What the lab's HTTP servers on Netty share, the proxy ({@link Proxy}) and the backends ({@link Backends}): the
 * listening socket and each connection's pipeline (the connection limit, the HTTP/1.1 codec with request line and
 * headers at most {@link HttpOptions#MAX_HEAD_BYTES} each, the header and idle deadlines, the aggregator with bodies at
 * most {@link HttpOptions#MAX_BODY_BYTES}: 413 above, Netty's own answer, then the server's {@link RequestHandler},
 * which serves pipelined requests one after the other) and the requests they refuse.
 */
final class HttpServing {
    private HttpServing() {}

    /**
     * Binds {@code address} on {@code loops}' acceptor, serving its connections on their workers,
     * under {@code options}' limits;
     * {@code handler} gives each new connection its last handler.
     *
     * @throws java.net.BindException (thrown by Netty without declaring it) if the port is taken
     */
    static Channel bind(
            EventLoops loops,
            InetSocketAddress address,
            HttpOptions options,
            Function<SocketChannel, ChannelHandler> handler) {
        ConnectionLimit limit = new ConnectionLimit(options.maxConnections());
        HttpDecoderConfig head = new HttpDecoderConfig()
                .setMaxInitialLineLength(HttpOptions.MAX_HEAD_BYTES)
                .setMaxHeaderSize(HttpOptions.MAX_HEAD_BYTES);
        return new ServerBootstrap()
                .group(loops.boss(), loops.workers())
                .channel(loops.transport().serverChannel())
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(limit)
                                .addLast(new HttpServerCodec(head))
                                .addLast(new RequestDeadline(options.headerTimeoutMs(), options.idleTimeoutMs()))
                                .addLast(new HttpObjectAggregator(HttpOptions.MAX_BODY_BYTES))
                                .addLast(handler.apply(channel));
                    }
                })
                .bind(address)
                .syncUninterruptibly()
                .channel();
    }

    /**
     * Why {@code request} is refused, or null: a malformed or oversized head (400, 414, 431), {@code CONNECT} (405) and
     * any target that is not a path (absolute form {@code http://host/...}, authority form, {@code *}: 400): the lab
     * serves only its own servers and is never an open proxy.
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

    /** A plain-text answer with {@code status} and the body {@code text} and a line end. */
    static FullHttpResponse text(HttpResponseStatus status, String text) {
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(text + "\n", StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        return response;
    }

    /** A plain-text answer with {@code status}, its code and reason as the body. */
    static FullHttpResponse error(HttpResponseStatus status) {
        return text(status, status.toString());
    }
}
