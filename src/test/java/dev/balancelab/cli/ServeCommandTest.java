package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code serve} on loopback for a second of lab time; no request is sent (RealHttpTest sends them). */
class ServeCommandTest {
    private static final String SAMPLE = "sample-topologies/02-weighted-heterogeneous.json";
    private static final Pattern ADDRESSES = Pattern.compile(
            "\\{\"proxy\":\"http://127\\.0\\.0\\.1:(\\d+)\",\"backends\":\\{\"s1\":\"http://127\\.0\\.0\\.1:(\\d+)\","
                    + "\"s2\":\"http://127\\.0\\.0\\.1:(\\d+)\",\"s3\":\"http://127\\.0\\.0\\.1:(\\d+)\"}}");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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
}
