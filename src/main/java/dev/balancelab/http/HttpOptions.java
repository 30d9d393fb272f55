package dev.balancelab.http;

import java.net.InetAddress;

/**
 * How the lab speaks HTTP.
 *
 * @param bind the address the proxy and the backends listen on: loopback unless the user asks ({@code --bind})
 * @param proxyPort the proxy's port, 0 for a free one; 0–65535
 * @param keySource where the hashing algorithms take a request's key from
 * @param maxConnections concurrent client connections the proxy accepts; more are closed at once
 * @param headerTimeoutMs a new connection that has not sent a whole request (line, headers and body) by then is
 *     closed (a slowloris); nginx {@code client_header_timeout}
 * @param idleTimeoutMs a keep-alive connection idle this long after an answer is closed; nginx
 *     {@code keepalive_timeout}
 * @param remoteUrls whether a server's {@code url} may name another machine; false: only loopback URLs, so that the
 *     lab does not send traffic off this machine unless the user asks ({@code --allow-remote-urls})
 */
public record HttpOptions(
        InetAddress bind,
        int proxyPort,
        KeySource keySource,
        int maxConnections,
        long headerTimeoutMs,
        long idleTimeoutMs,
        boolean remoteUrls) {
    /** Request line plus headers, in bytes (431 or 414 above). */
    public static final int MAX_HEAD_BYTES = 8 * 1024;
    /** Request body, in bytes (413 above). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** @throws IllegalArgumentException if a value is out of range */
    public HttpOptions {
        if (proxyPort < 0 || proxyPort > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + proxyPort);
        }
        if (maxConnections < 1 || headerTimeoutMs < 1 || idleTimeoutMs < 1) {
            throw new IllegalArgumentException("connection limit and timeouts must be >= 1");
        }
    }

    /** Loopback, the given port, the default key source, 1,024 connections, 10 s header and 60 s idle timeouts. */
    public static HttpOptions loopback(int proxyPort) {
        return new HttpOptions(
                InetAddress.getLoopbackAddress(), proxyPort, KeySource.DEFAULT, 1024, 10_000, 60_000, false);
    }

    /** These options with another bind address. */
    public HttpOptions withBind(InetAddress address) {
        return new HttpOptions(
                address, proxyPort, keySource, maxConnections, headerTimeoutMs, idleTimeoutMs, remoteUrls);
    }

    /** These options with another key source. */
    public HttpOptions withKeySource(KeySource source) {
        return new HttpOptions(bind, proxyPort, source, maxConnections, headerTimeoutMs, idleTimeoutMs, remoteUrls);
    }

    /** These options allowing, or not, server URLs on other machines. */
    public HttpOptions withRemoteUrls(boolean allowed) {
        return new HttpOptions(bind, proxyPort, keySource, maxConnections, headerTimeoutMs, idleTimeoutMs, allowed);
    }

    /** These options with another header timeout. */
    public HttpOptions withHeaderTimeoutMs(long ms) {
        return new HttpOptions(bind, proxyPort, keySource, maxConnections, ms, idleTimeoutMs, remoteUrls);
    }
}
