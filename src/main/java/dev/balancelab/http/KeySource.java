package dev.balancelab.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the hashing algorithms take a real request's key from, like nginx's {@code hash $arg_key},
 * {@code hash $http_x_user}, {@code hash $cookie_session} or {@code hash $remote_addr}: the client's address, a
 * header, a query parameter or a cookie. A request without it falls back to the client's address. (ip-hash always
 * hashes the client's address.)
 *
 * @param kind where the key is
 * @param name the header, parameter or cookie name; empty for the client address
 */
public record KeySource(Kind kind, String name) {
    /** Where the key is. */
    public enum Kind {
        CLIENT_ADDRESS,
        HEADER,
        QUERY,
        COOKIE
    }

    /** The default: the query parameter {@code key} ({@code ?key=user-7}). */
    public static final KeySource DEFAULT = new KeySource(Kind.QUERY, "key");

    /**
     * Parses {@code client-address}, {@code header:NAME}, {@code query:NAME} or {@code cookie:NAME}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static KeySource parse(String text) {
        if (text.equals("client-address")) {
            return new KeySource(Kind.CLIENT_ADDRESS, "");
        }
        int colon = text.indexOf(':');
        String name = colon < 0 ? "" : text.substring(colon + 1);
        if (colon > 0 && !name.isBlank() && name.length() <= 256) {
            String kind = text.substring(0, colon).toUpperCase(Locale.ROOT);
            for (Kind k : List.of(Kind.HEADER, Kind.QUERY, Kind.COOKIE)) {
                if (k.name().equals(kind)) {
                    return new KeySource(k, name);
                }
            }
        }
        throw new IllegalArgumentException(
                "key source must be client-address, header:NAME, query:NAME or cookie:NAME, was '" + text + "'");
    }

    /**
     * The key of a request from {@code clientAddress}, given its target ({@code /path?query}) and its headers by name
     * (first value, null if absent): the proxy's requests and an external balancer's at a backend alike.
     *
     * @throws IllegalArgumentException for a malformed query string or cookie
     */
    String key(String target, Function<String, String> header, String clientAddress) {
        String key = switch (kind) {
            case CLIENT_ADDRESS -> null;
            case HEADER -> header.apply(name);
            case QUERY -> first(new QueryStringDecoder(target).parameters().get(name));
            case COOKIE -> cookie(header.apply("Cookie"));
        };
        return key == null ? clientAddress : key;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (Cookie c : ServerCookieDecoder.LAX.decode(header)) {
            if (c.name().equals(name)) {
                return c.value();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return kind == Kind.CLIENT_ADDRESS ? "client-address" : kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
