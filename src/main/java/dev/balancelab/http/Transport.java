package dev.balancelab.http;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.function.Supplier;

/**
 * Netty's I/O transport under the lab's HTTP side: its event loops and the channel classes of the listening and the
 * connected sockets. {@link #EPOLL} is Netty's native Linux transport (edge-triggered epoll, fewer system calls and
 * copies per request than the JDK's selector); {@link #NIO} the JDK's, everywhere else.
 */
enum Transport {
    /** Native epoll ({@code netty-transport-native-epoll}, Linux x86-64). */
    EPOLL("epoll", () -> EpollIoHandler.newFactory(), EpollServerSocketChannel.class, EpollSocketChannel.class),
    /** The JDK's selector ({@code java.nio}). */
    NIO("nio", () -> NioIoHandler.newFactory(), NioServerSocketChannel.class, NioSocketChannel.class);

    private final String id;
    private final Supplier<IoHandlerFactory> handlers;
    private final Class<? extends ServerChannel> serverChannel;
    private final Class<? extends SocketChannel> channel;

    Transport(
            String id,
            Supplier<IoHandlerFactory> handlers,
            Class<? extends ServerChannel> serverChannel,
            Class<? extends SocketChannel> channel) {
        this.id = id;
        this.handlers = handlers;
        this.serverChannel = serverChannel;
        this.channel = channel;
    }

    /**
     * {@link #EPOLL} where Netty's native library loads (Linux x86-64, not disabled by
     * {@code -Dio.netty.transport.noNative=true}), else {@link #NIO}.
     */
    static Transport best() {
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    /** Its name as the serve summary says it: {@code epoll} or {@code nio}. */
    String id() {
        return id;
    }

    /** {@code threads} daemon event loops named {@code name-N}. */
    EventLoopGroup loops(int threads, String name) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true), handlers.get());
    }

    /** The listening socket's channel class for {@link io.netty.bootstrap.ServerBootstrap#channel}. */
    Class<? extends ServerChannel> serverChannel() {
        return serverChannel;
    }

    /** A connected socket's channel class for {@link io.netty.bootstrap.Bootstrap#channel}. */
    Class<? extends SocketChannel> channel() {
        return channel;
    }
}
