package dev.balancelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Options a hostile tester tried (issue 9, section 4): each was accepted, overflowed, hung or ended in a stack trace;
 * each must now be refused with exit code 2 and one {@code error:} line, before any work is done. Cases that hung
 * run under a timeout on a separate thread so the build cannot hang.
 */
class HostileOptionsTest {
    private static final String SAMPLE = "sample-topologies/01-round-robin-basics.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BalanceLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** A run of the sample with {@code option value}, 100 ms long unless the option is the duration itself. */
    private int runSample(String option, String value) {
        return option.equals("--duration")
                ? run("run", SAMPLE, option, value)
                : run("run", SAMPLE, "--duration", "100ms", option, value);
    }

    private void assertRefused(int code) {
        String text = err.toString();
        assertEquals(BalanceLabCli.EXIT_BAD_INPUT, code, text);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("error: "), text);
        assertFalse(text.contains("Exception"), text);
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ring --algorithm consistent-hash --servers a:2147483647 --keys 10",
                "ring --algorithm consistent-hash --servers a:30000000,b --keys 10",
                "ring --algorithm consistent-hash --servers a:1001 --keys 10",
                "ring --algorithm maglev --servers a --keys 2147483647",
                "ring --algorithm maglev --servers a --keys 1000001",
                "ring --algorithm maglev --servers a --keys 10 --table-size 2147483647",
                "ring --algorithm maglev --servers a --keys 10 --table-size 65539",
                "ring --algorithm maglev --servers a --keys 2000000000 --table-size -7",
                "ring --algorithm consistent-hash --servers a --keys 10 --vnodes 1001",
                "ring --algorithm consistent-hash --servers a:1000,b:1000 --keys 10 --vnodes 1000",
                "picks --algorithm round-robin --servers a:1001 --count 1",
                "picks --algorithm weighted-round-robin --servers a:2.5 --count 1",
                "picks --algorithm round-robin --servers a --count 1000001",
            })
    void ringAndPicksOptionsGetTheFileFormatsRanges(String commandLine) {
        assertRefused(run(commandLine.split(" ")));
    }

    @Test
    void moreThanAHundredServersAreRefusedAsInAFile() {
        String servers = IntStream.rangeClosed(1, 101).mapToObj(i -> "s" + i).collect(Collectors.joining(","));
        assertRefused(run("ring", "--algorithm", "rendezvous", "--servers", servers, "--keys", "10"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--duration=18446744074s",
                "--duration=86400001ms",
                "--duration=1441m",
                "--event=kill:s1@18446744074s",
                "--event=kill:s1@25h",
                "--rate=Infinity",
                "--rate=NaN",
                "--rate=10001",
                "--rate=-1",
                "--event=rate:10001@0s",
                "--event=rate:1e9@0s",
                "--event=rate:-5@0s",
                "--event=rate:NaN@0s",
                "--event=rate:Infinity@0s",
                "--event=weight:s2=1001@0s",
                "--event=weight:s2=2.5@0s",
                "--event=weight:s2=1e12@0s",
                "--event=weight:s2=30000000@0s",
                "--event=weight:s2=0@0s",
                "--event=weight:s2@0s",
                "--event=kill: @0s",
                "--duration=1\nh",
            })
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void runOptionsGetTheFileFormatsRanges(String option) {
        String[] parts = option.split("=", 2);
        assertRefused(runSample(parts[0], parts[1]));
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        assertEquals(0, run("ring --algorithm consistent-hash --servers a:1000 --vnodes 1000 --keys 10".split(" ")));
        assertEquals(0, run("ring --algorithm maglev --servers a,b --table-size 65537 --keys 1000000".split(" ")));
        assertEquals("", err.toString());
    }

    @Test
    void optionValuesAreCheckedBeforeTheFileIsRead() {
        assertRefused(run("run", "no/such/file.json", "--rate", "Infinity"));
        assertTrue(err.toString().startsWith("error: --rate"), err.toString());
        err.getBuffer().setLength(0);
        assertRefused(run("run", "no/such/file.json", "--algorithm", "nope"));
        assertTrue(err.toString().startsWith("error: --algorithm"), err.toString());
    }

    @Test
    void helpListsTheRanges() {
        assertEquals(0, run("run", "--help"));
        String help = out.toString();
        assertTrue(help.contains("0ms..24h"), help);
        assertTrue(help.contains("0..10000"), help);
        assertTrue(help.contains("1..1000"), help);
        out.getBuffer().setLength(0);
        assertEquals(0, run("ring", "--help"));
        assertTrue(out.toString().contains("2..65537"), out.toString());
        assertTrue(out.toString().contains("1..1000000"), out.toString());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anAtArgumentIsAFileNameNotAnArgumentFile() {
        assertRefused(run("run", "@/dev/zero"));
        assertTrue(err.toString().startsWith("error: @/dev/zero: cannot read: No such file"), err.toString());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = mkfifo(dir.resolve("lab.json"));
        assertRefused(run("run", fifo.toString()));
        assertTrue(err.toString().contains("not a regular file"), err.toString());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anAtFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = mkfifo(dir.resolve("args"));
        assertRefused(run("run", "@" + fifo));
    }

    @Test
    void aDeviceIsRefusedBeforeItIsRead() {
        assertRefused(run("run", "/dev/zero"));
        assertEquals(
                "error: /dev/zero: not a regular file (a FIFO, device or socket)",
                err.toString().strip());
    }

    @Test
    void aFileNameTheFileSystemCannotTakeIsOneErrorLineNamingIt() {
        assertRefused(run("run", "lab\0.json"));
        assertTrue(err.toString().startsWith("error: lab\\u0000.json: not a usable file name"), err.toString());
    }

    @Test
    void aFileNameWithUndecodableBytesGetsAHint() {
        assertRefused(run("run", "lab-\uFFFD.json"));
        assertTrue(
                err.toString()
                        .endsWith("(the name is not valid UTF-8, the encoding of file names here; rename the file)\n"),
                err.toString());
    }

    /** The real case: a JVM started under {@code LANG=C} cannot encode a non-ASCII path at all. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void underLangCAUnicodePathIsOneErrorLineNamingIt(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.balancelab.app.Main",
                        "run",
                        "lab-\u00e9.json")
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(50, TimeUnit.SECONDS));
        assertEquals(BalanceLabCli.EXIT_BAD_INPUT, p.exitValue(), stderr);
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("error: lab-"), stderr);
        assertTrue(stderr.contains("not a usable file name"), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        assumeTrue(Files.exists(path) && !Files.isRegularFile(path), "mkfifo made no FIFO");
        return path;
    }

    @Test
    void durationsParseWithoutOverflow() {
        assertEquals(86_400_000, DurationParser.millis("24h", "--duration"));
        assertEquals(86_400_000, DurationParser.millis("1440m", "--duration"));
        assertEquals(1_500, DurationParser.millis("1.5s", "--duration"));
        assertEquals(0, DurationParser.millis("0ms", "--duration"));
        for (String text : List.of("86400000.5ms", "99999999999999999999999999999h", "18446744074s")) {
            InputError e = assertThrows(InputError.class, () -> DurationParser.millis(text, "--duration"));
            assertEquals("--duration: '" + text + "' is longer than 24h; durations are 0ms..24h", e.getMessage());
        }
    }
}
