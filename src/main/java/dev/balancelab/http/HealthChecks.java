package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Active health checks as real requests: {@code GET /health} to a server's backend port with the JDK's
 * {@code HttpClient}. A 200 passes; any other answer, or a refused connection (a killed server, HAProxy's
 * {@code L4CON}), fails at once; a hung server never answers and the engine's prober fails the check at its
 * {@code timeout}. The client's own request timeout only frees the connection later.
 */
final class HealthChecks implements Function<ServerId, CompletableFuture<Boolean>> {
    private final HttpClient client;
    private final Map<ServerId, URI> health;
    private final Duration abandonAfter;

    /**
     * @param backends each server's base URI
     * @param abandonAfter when a check nobody waits for any more gives its connection up (longer than the check's
     *     timeout)
     */
    HealthChecks(Map<ServerId, URI> backends, Duration abandonAfter) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(abandonAfter)
                .build();
        this.health = new HashMap<>();
        backends.forEach((id, uri) -> health.put(id, uri.resolve("/health")));
        this.abandonAfter = abandonAfter;
    }

    /**
     * Sends one check to each server and waits (5 s at most) for the answers, so that the first real check does not
     * pay for the client's start (hundreds of ms on a cold JVM, more than a typical check timeout).
     */
    void warmUp() throws InterruptedException {
        CompletableFuture<?>[] checks =
                health.keySet().stream().map(this::apply).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(checks).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a server that does not answer now is the health checker's business later
        }
    }

    @Override
    public CompletableFuture<Boolean> apply(ServerId server) {
        HttpRequest request = HttpRequest.newBuilder(health.get(server))
                .timeout(abandonAfter)
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> response != null && response.statusCode() == 200);
    }
}
