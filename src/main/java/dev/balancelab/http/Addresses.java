package dev.balancelab.http;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Address formatting for URIs and configs. */
final class Addresses {
    private Addresses() {}

    /** Where to connect to a socket bound to {@code bind}: loopback for a wildcard bind, else {@code bind}. */
    static InetAddress reachable(InetAddress bind) {
        return bind.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bind;
    }

    /** {@code 127.0.0.1:8080}, or {@code [::1]:8080} for IPv6. */
    static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}
