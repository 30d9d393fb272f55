package dev.balancelab.http;

import dev.balancelab.engine.LabEngine;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;

/**
 * The lab's reverse proxy on Netty. Each client connection's pipeline: the connection limit, the HTTP/1.1 codec
 * (request line and headers at most {@link HttpOptions#MAX_HEAD_BYTES} each), the header and idle deadlines, the
 * aggregator (bodies at most {@link HttpOptions#MAX_BODY_BYTES}: 413 above, Netty's own answer) and the
 * {@link ProxyHandler}.
 */
final class Proxy implements AutoCloseable {
    private final Channel listening;

    /** Binds the proxy; throws if the port is taken. */
    Proxy(EventLoopGroup boss, EventLoopGroup workers, LabEngine engine, BackendClient backends, HttpOptions options)
            throws InterruptedException {
        ConnectionLimit limit = new ConnectionLimit(options.maxConnections());
        HttpDecoderConfig head = new HttpDecoderConfig()
                .setMaxInitialLineLength(HttpOptions.MAX_HEAD_BYTES)
                .setMaxHeaderSize(HttpOptions.MAX_HEAD_BYTES);
        this.listening = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(limit)
                                .addLast(new HttpServerCodec(head))
                                .addLast(new RequestDeadline(options.headerTimeoutMs(), options.idleTimeoutMs()))
                                .addLast(new HttpObjectAggregator(HttpOptions.MAX_BODY_BYTES))
                                .addLast(new ProxyHandler(engine, backends, options.keySource()));
                    }
                })
                .bind(new InetSocketAddress(options.bind(), options.proxyPort()))
                .sync()
                .channel();
    }

    /** The port it listens on. */
    int port() {
        return ((InetSocketAddress) listening.localAddress()).getPort();
    }

    @Override
    public void close() {
        listening.close().awaitUninterruptibly();
    }
}
