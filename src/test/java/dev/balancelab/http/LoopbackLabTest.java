package dev.balancelab.http;

import dev.balancelab.domain.Topology;
import dev.balancelab.engine.LabEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** A lab in real time with its HTTP side on loopback, closed after each test; the client the tests send with. */
abstract class LoopbackLabTest {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    LabEngine engine;
    HttpLab http;

    @AfterEach
    void close() {
        if (http != null) {
            http.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    /** Starts {@code topology} (seed 42) with its HTTP side; {@code eventCapacity} events kept for a window. */
    void start(Topology topology, HttpOptions options, int eventCapacity) throws InterruptedException {
        engine = LabEngine.realTime(topology, 42, eventCapacity);
        http = HttpLab.start(engine, options);
        engine.start();
    }

    /**
     * Sends {@code requests} {@code GET}s of {@code uri}'s path on one raw connection (keep-alive), one after the other,
     * or all at once ({@code pipelined}), and returns the answers as they came, heads spelled as sent (10 s at most per
     * read). Each answer's body must be one line.
     */
    static String getOnOneConnection(URI uri, int requests, boolean pipelined) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String request = "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: lab\r\n\r\n";
            out.write((pipelined ? request.repeat(requests) : request).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder answers = new StringBuilder();
            for (int i = 0; i < requests; i++) {
                if (!pipelined && i > 0) {
                    out.write(request.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                answers.append(readUntil(in, "\r\n\r\n")).append(readUntil(in, "\n"));
            }
            return answers.toString();
        }
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
