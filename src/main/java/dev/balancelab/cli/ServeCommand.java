package dev.balancelab.cli;

import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.Topology;
import dev.balancelab.engine.HeadlessRun;
import dev.balancelab.engine.LabEngine;
import dev.balancelab.http.HttpLab;
import dev.balancelab.http.HttpOptions;
import dev.balancelab.http.KeySource;
import dev.balancelab.io.HaproxyExport;
import dev.balancelab.io.JsonOutput;
import dev.balancelab.io.NginxExport;
import dev.balancelab.telemetry.KeyTally;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve FILE}: runs the topology in real time with real HTTP on loopback (package {@code http}): every server a
 * backend on a port of its own, the balancer a reverse proxy. Prints one JSON line with the addresses at start, runs
 * until Ctrl+C or {@code --duration}, then prints the figures as {@code run --json} does, real requests counted.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve a topology over real HTTP on loopback: backends per server and a reverse proxy.")
final class ServeCommand implements Callable<Integer> {
    /** Events kept between drains (the key tally reads them). */
    private static final int EVENT_CAPACITY = 1 << 17;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LabFile file;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "The proxy's port, 0..65535; 0 picks a free one. Backends always get free ports.")
    private int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Listen on ADDRESS instead of 127.0.0.1 (exposes the lab to whoever reaches ADDRESS).")
    private String bind;

    @Option(
            names = "--duration",
            description = "Stop after this much lab time, " + DurationParser.RANGE + "; without it, run until Ctrl+C.")
    private String duration;

    @Mixin
    private AlgorithmOverride algorithm;

    @Option(
            names = "--rate",
            defaultValue = "0",
            description = "Simulated clients' total load in requests/s next to the real requests; default 0.")
    private String rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for keys, service times and random algorithms.")
    private long seed;

    @Option(
            names = "--event",
            paramLabel = "TYPE:SERVER@TIME",
            description = "Timed event as for run: kill:s2@3s, revive:s2@6s, weight:s3=5@4s, rate:800@5s.")
    private List<String> events = new ArrayList<>();

    @Option(
            names = "--key-source",
            defaultValue = "query:key",
            description = "Where hashing algorithms take the key from: client-address, header:NAME, query:NAME or"
                    + " cookie:NAME; default query:key. ip-hash always hashes the client address.")
    private String keySource;

    @Option(
            names = "--allow-remote-urls",
            description =
                    "Let a server's \"url\" name another machine; without it only loopback URLs are forwarded to.")
    private boolean remoteUrls;

    @ArgGroup(exclusive = true)
    private Export export;

    /** Counted down by Ctrl+C (the shutdown hook); the hook then waits for {@link #reported}. */
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Counted down once the summary is printed, so that Ctrl+C does not cut it off. */
    private final CountDownLatch reported = new CountDownLatch(1);

    /** At most one config to print after the addresses. */
    static final class Export {
        @Option(
                names = "--print-nginx",
                description = "Also print an nginx.conf whose upstream is the live backends (nginx -p DIR -c FILE).")
        boolean nginx;

        @Option(names = "--print-haproxy", description = "Also print a haproxy.cfg whose backend is the live backends.")
        boolean haproxy;
    }

    @Override
    public Integer call() throws Exception {
        long durationMs = duration == null ? -1 : DurationParser.millis(duration, "--duration");
        double totalRate = Inputs.rate("--rate", rate);
        Inputs.inRange("--port", port, 0, 65_535);
        HttpOptions options =
                HttpOptions.loopback(port).withKeySource(keySource()).withRemoteUrls(remoteUrls);
        if (bind != null) {
            options = options.withBind(address());
        }
        List<ScenarioEvent> extra = TrafficOptions.parse(events);
        Topology topology = algorithm.applyTo(file::load);
        TrafficOptions.checkServers(extra, topology, file.name());
        try {
            HttpLab.checkUrls(topology, remoteUrls);
        } catch (IllegalArgumentException e) {
            throw new InputError(file.name() + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Thread hook = new Thread(this::stopAndWait, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        KeyTally keys = new KeyTally();
        try (LabEngine engine = LabEngine.realTime(topology, seed, EVENT_CAPACITY);
                HttpLab http = open(engine, options)) {
            engine.setTotalRate(totalRate);
            extra.forEach(engine::schedule);
            out.println(JsonOutput.toJson(addresses(http)));
            printConfig(out, topology.withBalancer(topology.balancer().withAlgorithm(engine.algorithm())), http);
            out.flush();
            engine.start();
            long ranMs = runUntilStopped(engine, durationMs, keys);
            engine.stopTraffic();
            engine.awaitDrained(2_000);
            engine.events().drain(keys, Integer.MAX_VALUE);
            var result = HeadlessRun.Result.of(engine, keys);
            out.println(JsonOutput.toJson(
                    RunReport.of(new HeadlessRun(topology, seed, false, null, extra, ranMs), result)));
            out.flush();
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already (Ctrl+C): the hook has run
            }
        }
        return 0;
    }

    private void stopAndWait() {
        stop.countDown();
        try {
            reported.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KeySource keySource() {
        try {
            return KeySource.parse(keySource);
        } catch (IllegalArgumentException e) {
            throw new InputError("--key-source: " + e.getMessage());
        }
    }

    /** {@code --bind}'s address; says loudly on stderr that the lab is reachable beyond this machine. */
    private InetAddress address() {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new InputError("--bind: unknown address '" + bind + "'");
        }
        if (!address.isLoopbackAddress()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("WARNING: --bind " + bind + ": the lab's proxy and backends accept connections from any"
                    + " host that reaches " + address.getHostAddress() + ", not only from this machine.");
            err.flush();
        }
        return address;
    }

    private static HttpLab open(LabEngine engine, HttpOptions options) throws Exception {
        try {
            return HttpLab.start(engine, options);
        } catch (Exception e) { // a taken port: Netty rethrows the checked BindException as it is
            if (e instanceof BindException) {
                throw new InputError("--port " + options.proxyPort() + ": " + e.getMessage());
            }
            if (e instanceof UncheckedIOException) {
                throw new InputError(e.getMessage());
            }
            throw e;
        }
    }

    private static Map<String, Object> addresses(HttpLab http) {
        Map<String, Object> backends = new LinkedHashMap<>();
        http.backends().forEach((id, uri) -> backends.put(id.value(), uri.toString()));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("proxy", http.proxy().toString());
        line.put("backends", backends);
        line.put("transport", http.transport());
        return line;
    }

    private void printConfig(PrintWriter out, Topology topology, HttpLab http) {
        if (export != null) {
            out.print(
                    export.nginx
                            ? NginxExport.standalone(topology, http.liveBackends(), http.besideProxy())
                            : HaproxyExport.standalone(topology, http.liveBackends(), http.besideProxy()));
        }
    }

    /**
     * Runs until {@code durationMs} of lab time passed (never if negative) or Ctrl+C, counting the requests' keys into
     * {@code keys}; returns the lab ms run.
     */
    private long runUntilStopped(LabEngine engine, long durationMs, KeyTally keys) throws InterruptedException {
        while (!stop.await(20, TimeUnit.MILLISECONDS)
                && (durationMs < 0 || engine.labNanos() < durationMs * 1_000_000)) {
            engine.events().drain(keys, Integer.MAX_VALUE);
        }
        return engine.labNanos() / 1_000_000;
    }
}
