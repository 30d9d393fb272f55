package dev.balancelab.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Address formatting for URIs and configs. */
final class Addresses {
    private Addresses() {}

    /** Where to connect to a socket bound to {@code bind}: loopback for a wildcard bind, else {@code bind}. */
    static InetAddress reachable(InetAddress bind) {
        return bind.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bind;
    }

    /**
     * Whether {@code host} (of a URL) names this machine without a DNS lookup: {@code localhost} or a loopback IP
     * literal ({@code 127.0.0.0/8}, {@code ::1}). Any other name counts as another machine.
     */
    static boolean loopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a host name: resolving it could name any machine
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code 127.0.0.1:8080}, or {@code [::1]:8080} for IPv6. */
    static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}
