package dev.balancelab.http;

import io.netty.channel.EventLoopGroup;
import java.util.concurrent.TimeUnit;

/**
 * The one set of Netty event loops under the lab's HTTP side, the proxy and the backends alike, on the best
 * {@link Transport} this machine has: {@code lab-http-accept-0} accepts connections, {@code lab-http-N} (one per core,
 * at least two) run them. Daemon threads; {@link #close()} stops them.
 */
final class EventLoops implements AutoCloseable {
    private final Transport transport = Transport.best();
    private final EventLoopGroup boss = transport.loops(1, "lab-http-accept");
    private final EventLoopGroup workers =
            transport.loops(Math.max(2, Runtime.getRuntime().availableProcessors()), "lab-http");

    /** The transport the loops run on. */
    Transport transport() {
        return transport;
    }

    /** Accepts the connections of every listening socket. */
    EventLoopGroup boss() {
        return boss;
    }

    /** Run the accepted connections and the proxy's connections to the backends (never blocked by a service time). */
    EventLoopGroup workers() {
        return workers;
    }

    /** Stops the loops, waiting at most about a second for each group. */
    @Override
    public void close() {
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
