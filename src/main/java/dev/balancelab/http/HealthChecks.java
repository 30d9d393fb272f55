package dev.balancelab.http;

import dev.balancelab.domain.ServerId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Active health checks as real requests: {@code GET /health} to a server's backend port (or the {@code healthPath} at
 * the {@code url} of a server the lab does not run) with the JDK's {@code HttpClient}. A 200 passes; any other answer,
 * or a refused connection (a killed server, HAProxy's {@code L4CON}), fails at once; a hung server never answers and
 * the engine's prober fails the check at its {@code timeout}. The client's own request timeout only frees the
 * connection later. A server that is cut off ({@link BackendClient#cutOff}) fails its checks at once without a request,
 * as behind a firewall rule.
 */
final class HealthChecks implements Function<ServerId, CompletableFuture<Boolean>> {
    private final HttpClient client;
    private final Map<ServerId, URI> health;
    private final Duration abandonAfter;
    private final Predicate<ServerId> cutOff;

    /**
     * @param health each server's health check URI
     * @param cutOff whether a server is cut off
     * @param abandonAfter when a check nobody waits for any more gives its connection up (longer than the check's
     *     timeout)
     */
    HealthChecks(Map<ServerId, URI> health, Predicate<ServerId> cutOff, Duration abandonAfter) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(abandonAfter)
                .build();
        this.health = Map.copyOf(health);
        this.cutOff = cutOff;
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
        if (cutOff.test(server)) {
            return CompletableFuture.completedFuture(false);
        }
        HttpRequest request = HttpRequest.newBuilder(health.get(server))
                .timeout(abandonAfter)
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> response != null && response.statusCode() == 200);
    }
}
