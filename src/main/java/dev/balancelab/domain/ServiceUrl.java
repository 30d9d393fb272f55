package dev.balancelab.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where a server the lab does not run answers HTTP ("bring your own server": a student's service, a container on the
 * same machine): the lab's proxy forwards that server's attempts to {@code url} and its active health checks are a
 * real {@code GET healthPath} there. Such a server exists only over real HTTP ({@code serve}, or Lab → Real HTTP); a
 * file's {@code "url"} and {@code "healthPath"} (see {@code sample-topologies/README.md}).
 *
 * @param url {@code http://HOST:PORT}, optionally with a trailing {@code /}: no path, query, fragment or user info
 *     (plain HTTP/1.1; the lab speaks no TLS)
 * @param healthPath the health check's path, starting with {@code /}; {@link #DEFAULT_HEALTH_PATH} by default
 */
public record ServiceUrl(URI url, String healthPath) {
    /** The health check path of a server without {@code "healthPath"}, as the lab's own backends answer it. */
    public static final String DEFAULT_HEALTH_PATH = "/health";

    /** @throws IllegalArgumentException naming what is wrong with the URL or the path */
    public ServiceUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(healthPath, "healthPath");
        if (!"http".equals(url.getScheme()) || url.getHost() == null || url.getPort() < 1) {
            throw new IllegalArgumentException("url must be http://HOST:PORT, was '" + url + "'");
        }
        String path = url.getRawPath();
        if (url.getRawUserInfo() != null
                || url.getRawQuery() != null
                || url.getRawFragment() != null
                || !(path.isEmpty() || path.equals("/"))) {
            throw new IllegalArgumentException(
                    "url must be http://HOST:PORT with no path, query or user info, was '" + url + "'");
        }
        if (!healthPath.startsWith("/") || healthPath.length() > 256 || healthPath.contains(" ")) {
            throw new IllegalArgumentException(
                    "healthPath must be a path starting with /, at most 256 characters, was '" + healthPath + "'");
        }
    }

    /**
     * Parses {@code http://HOST:PORT} with the default health path.
     *
     * @throws IllegalArgumentException if it is not such a URL
     */
    public static ServiceUrl of(String url) {
        try {
            return new ServiceUrl(new URI(url), DEFAULT_HEALTH_PATH);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url must be http://HOST:PORT, was '" + url + "'", e);
        }
    }

    /** A copy with another health check path. */
    public ServiceUrl withHealthPath(String path) {
        return new ServiceUrl(url, path);
    }

    /** {@code HOST:PORT}, as an nginx {@code server} or HAProxy {@code server} line names it. */
    public String authority() {
        return url.getRawAuthority();
    }

    /** The health check's full URI. */
    public URI health() {
        return url.resolve(healthPath);
    }
}
