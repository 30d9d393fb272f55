package dev.balancelab.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * Hop-by-hop headers (RFC 9110 section 7.6.1): they concern one connection and a proxy drops them, with every header
 * the {@code Connection} header names, before it forwards a request or an answer.
 */
final class HopByHop {
    private static final List<CharSequence> ALWAYS = List.of(
            HttpHeaderNames.CONNECTION,
            "Keep-Alive",
            HttpHeaderNames.PROXY_AUTHENTICATE,
            HttpHeaderNames.PROXY_AUTHORIZATION,
            HttpHeaderNames.TE,
            HttpHeaderNames.TRAILER,
            HttpHeaderNames.TRANSFER_ENCODING,
            HttpHeaderNames.UPGRADE,
            "Proxy-Connection");

    private HopByHop() {}

    /** Removes the hop-by-hop headers from {@code headers}, in place. */
    static void strip(HttpHeaders headers) {
        for (String named : headers.getAll(HttpHeaderNames.CONNECTION)) {
            for (String name : named.split(",")) {
                headers.remove(name.trim().toLowerCase(Locale.ROOT));
            }
        }
        ALWAYS.forEach(headers::remove);
    }

    /** Appends {@code client} to {@code X-Forwarded-For}, as nginx's {@code $proxy_add_x_forwarded_for}. */
    static void forwardedFor(HttpHeaders headers, String client) {
        String before = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", before == null || before.isBlank() ? client : before + ", " + client);
    }
}
