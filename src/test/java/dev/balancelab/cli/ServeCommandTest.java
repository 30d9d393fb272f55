package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} on loopback for a second of lab time; no request is sent (RealHttpTest sends them). */
class ServeCommandTest {
    private static final String SAMPLE = "sample-topologies/02-weighted-heterogeneous.json";
    private static final Pattern ADDRESSES = Pattern.compile(
            "\\{\"proxy\":\"http://127\\.0\\.0\\.1:(\\d+)\",\"backends\":\\{\"s1\":\"http://127\\.0\\.0\\.1:(\\d+)\","
                    + "\"s2\":\"http://127\\.0\\.0\\.1:(\\d+)\",\"s3\":\"http://127\\.0\\.0\\.1:(\\d+)\"},"
                    + "\"transport\":\"" + nativeTransport() + "\"}");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Netty's native epoll on Linux x86-64 (the machines CI and the app-image run on), the JDK's NIO elsewhere. */
    private static String nativeTransport() {
        boolean linuxX64 = System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").equals("amd64");
        return linuxX64 ? "epoll" : "nio";
    }

    private int serve(String... args) {
        return BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsTheAddressesThenTheRunSummary() {
        assertEquals(0, serve("serve", SAMPLE, "--port", "0", "--duration", "1s", "--event", "kill:s2@500ms"));
        String[] lines = out.toString().split("\\R");
        assertEquals(2, lines.length, out::toString);
        assertTrue(ADDRESSES.matcher(lines[0]).matches(), lines[0]);
        assertTrue(lines[1].startsWith("{\"algorithm\":\"weighted-round-robin\","), lines[1]);
        assertTrue(lines[1].contains("\"clock\":\"real\""), lines[1]);
        assertTrue(lines[1].contains("{\"type\":\"kill\",\"server\":\"s2\""), lines[1]);
    }

    @Test
    void printsAnHaproxyConfigForTheLiveBackends() {
        assertEquals(0, serve("serve", SAMPLE, "--port", "0", "--duration", "0s", "--print-haproxy"));
        Matcher ports = ADDRESSES.matcher(out.toString().lines().findFirst().orElseThrow());
        assertTrue(ports.matches());
        for (int s = 1; s <= 3; s++) {
            assertTrue(
                    out.toString().contains("server s" + s + " 127.0.0.1:" + ports.group(s + 1) + " check"),
                    out::toString);
        }
        assertTrue(out.toString().contains("bind 127.0.0.1:" + (Integer.parseInt(ports.group(1)) + 1)));
    }

    @Test
    void badOptionsExitWithCode2AndOneLine() {
        assertEquals(2, serve("serve", SAMPLE, "--key-source", "body:x"));
        assertTrue(err.toString().startsWith("error: --key-source: key source must be"), err::toString);
        assertEquals(1, err.toString().lines().count());
        assertEquals(2, serve("serve", SAMPLE, "--port", "70000"));
    }

    private static Path urlLab(Path dir, String url) throws Exception {
        Path file = dir.resolve("own.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "clients": [{"id": "c1"}], "balancer": {"algorithm": "round-robin"},
                 "servers": [{"id": "s1"}, {"id": "s2", "url": "%s"}]}
                """.formatted(url));
        return file;
    }

    @Test
    void aSimulatedRunRefusesAServerWithAUrl(@TempDir Path dir) throws Exception {
        String file = urlLab(dir, "http://127.0.0.1:9001").toString();
        for (List<String> command :
                List.of(List.of("run"), List.of("compare", "--algorithms", "round-robin,random"), List.of("check"))) {
            err.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(command);
            args.add(file);
            assertEquals(2, serve(args.toArray(String[]::new)), command::toString);
            assertEquals(
                    "error: " + file + ": server s2 has a \"url\" (http://127.0.0.1:9001): a server the lab does not"
                            + " run answers only real HTTP; use serve FILE, or remove its url to simulate it",
                    err.toString().strip());
        }
    }

    @Test
    void serveRefusesAUrlOnAnotherMachineUnlessAllowed(@TempDir Path dir) throws Exception {
        String file = urlLab(dir, "http://192.0.2.7:9001").toString();
        assertEquals(2, serve("serve", file, "--port", "0", "--duration", "0s"));
        assertEquals(
                "error: " + file + ": server s2: url http://192.0.2.7:9001 is not on this machine; only loopback URLs"
                        + " (127.0.0.1, ::1, localhost) are forwarded to unless allowed (serve --allow-remote-urls)",
                err.toString().strip());
    }
}
