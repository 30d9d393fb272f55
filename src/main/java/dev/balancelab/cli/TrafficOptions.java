package dev.balancelab.cli;

import dev.balancelab.domain.Limits;
import dev.balancelab.domain.ScenarioEvent;
import dev.balancelab.domain.ScenarioEventType;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options {@code run} and {@code compare} share: duration, rate, seed and timed events ({@code serve} parses its
 * events alike).
 */
final class TrafficOptions {
    /** {@code type:target[=value]@time}. */
    private static final Pattern EVENT = Pattern.compile("(kill|revive|weight|rate):([^=@\\s]+)(?:=([^@]+))?@(.+)");

    @Option(
            names = "--duration",
            defaultValue = "10s",
            description = "Lab time to run, " + DurationParser.RANGE + ", e.g. 10s, 500ms, 2m, 1h.")
    private String duration;

    @Option(
            names = "--rate",
            description =
                    "Total offered load in requests/s, 0.." + Limits.MAX_RATE + " (clients keep their proportions).")
    private String rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for arrivals, keys and random algorithms.")
    private long seed;

    @Option(
            names = "--event",
            paramLabel = "TYPE:SERVER@TIME",
            description =
                    "Timed event: kill:s2@3s, revive:s2@6s (a server, a balancer such as lb1, or a region), weight:s3=5@4s, rate:800@5s; repeatable up to "
                            + Limits.MAX_SCENARIO_EVENTS + " times. Times " + DurationParser.RANGE
                            + ", weights integers 1.."
                            + Limits.MAX_WEIGHT + ", rates 0.." + Limits.MAX_RATE + " requests/s.")
    private List<String> events = new ArrayList<>();

    long durationMs() {
        return DurationParser.millis(duration, "--duration");
    }

    /** {@code --rate}, or null when absent. */
    Double totalRate() {
        return rate == null ? null : Inputs.rate("--rate", rate);
    }

    long seed() {
        return seed;
    }

    /** Parses every {@code --event}; servers are checked against the file later ({@link #checkServers}). */
    List<ScenarioEvent> events() {
        return parse(events);
    }

    /** Parses {@code --event} values, as {@link #events()} does; shared with {@code serve}. */
    static List<ScenarioEvent> parse(List<String> events) {
        if (events.size() > Limits.MAX_SCENARIO_EVENTS) {
            throw new InputError("--event: at most " + Limits.MAX_SCENARIO_EVENTS + " events, was " + events.size());
        }
        List<ScenarioEvent> parsed = new ArrayList<>();
        for (String text : events) {
            parsed.add(event(text));
        }
        return parsed;
    }

    private static ScenarioEvent event(String text) {
        Matcher m = EVENT.matcher(text);
        if (!m.matches()) {
            throw new InputError("--event: '" + text + "' is not kill:S@T, revive:S@T, weight:S=W@T or rate:R@T"
                    + " (e.g. kill:s2@3s)");
        }
        long atMs = DurationParser.millis(m.group(4), "--event '" + text + "'");
        String what = "--event '" + text + "': ";
        ServerId server = m.group(1).equals("rate") ? null : ServerId.of(m.group(2));
        return switch (m.group(1)) {
            case "rate" ->
                new ScenarioEvent(atMs, ScenarioEventType.SET_RATE, null, Inputs.rate(what + "rate", m.group(2)));
            case "weight" ->
                new ScenarioEvent(
                        atMs,
                        ScenarioEventType.SET_WEIGHT,
                        server,
                        Inputs.weight(what + "weight", Objects.requireNonNullElse(m.group(3), "")));
            case "kill" -> new ScenarioEvent(atMs, ScenarioEventType.KILL, server);
            default -> new ScenarioEvent(atMs, ScenarioEventType.REVIVE, server);
        };
    }

    /**
     * Fails naming the server and {@code file} unless every event's server is in {@code topology}; a kill or revive
     * may also name a storage node, a balancer or a region.
     */
    static void checkServers(List<ScenarioEvent> events, Topology topology, String file) {
        for (ScenarioEvent e : events) {
            boolean failure = e.type() == ScenarioEventType.KILL || e.type() == ScenarioEventType.REVIVE;
            boolean known = e.server() == null
                    || (failure
                            ? topology.killable(e.server().value())
                            : topology.server(e.server()).isPresent());
            if (!known) {
                String what = failure ? "server, storage node, balancer or region" : "server";
                throw new InputError("--event: no " + what + " '" + e.server().value() + "' in " + file);
            }
        }
    }
}
