package dev.balancelab.ui.common;

import dev.balancelab.balancing.Picker;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.telemetry.MetricsSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The window's recording of a running lab, for the timeline: every snapshot of the last {@link #WINDOW_NANOS} of lab
 * time with the picker and algorithm of that moment, every explained pick ({@link LabEvent.Decided}, its attempt and
 * a snapshot taken at it, and in a lab of several balancers the request's {@link LabEvent.Routed}) of that span, and
 * the lab's state changes (health, ejections, injected failures; the newest {@link #STATE_EVENTS_KEPT}, whatever their
 * age, so a server killed long ago is still down in a replay). A
 * {@link Replay} is what views built on it show: the lab as it was then. Per-request events are not kept (minutes of
 * them at thousands of requests/s would be millions), so a replay has no dots in flight. FX thread only.
 */
public final class LabRecording {
    /** Lab time the timeline reaches back: five minutes. */
    public static final long WINDOW_NANOS = 300_000_000_000L;

    /** State changes kept at most. */
    static final int STATE_EVENTS_KEPT = 10_000;

    /**
     * The lab at one instant.
     *
     * @param snapshot its figures (its {@code labMillis} is the instant)
     * @param picker the picker the data plane used then
     * @param algorithm the balancer's algorithm then
     */
    public record Moment(MetricsSnapshot snapshot, Picker picker, AlgorithmKind algorithm) {
        /** The instant, lab ns. */
        public long nanos() {
            return snapshot.labMillis() * 1_000_000;
        }
    }

    /**
     * What a replay shows.
     *
     * @param moment the lab's figures, picker and algorithm then
     * @param events the kept events up to then, in order, to prime new views with
     * @param history the snapshots up to then (charts draw their curves from them)
     * @param decision the index of the explained pick shown, or -1 for a replay at a lab time
     */
    public record Replay(Moment moment, List<LabEvent> events, List<MetricsSnapshot> history, int decision) {
        /** Copies the lists. */
        public Replay {
            events = List.copyOf(events);
            history = List.copyOf(history);
        }
    }

    private record Kept(long seq, LabEvent event) {}

    private record Decision(long seq, Moment moment) {}

    private final LabControl lab;
    private final Supplier<MetricsSnapshot> sampler;
    private final Deque<Kept> states = new ArrayDeque<>();
    private final Deque<Kept> picks = new ArrayDeque<>();
    private final Deque<Moment> moments = new ArrayDeque<>();
    private final List<Decision> decisions = new ArrayList<>();
    /** The balancer each recent request was handed to, kept with an explained pick of it. */
    private final Routes routes = new Routes();
    /** Requests whose pick was explained and whose attempt has not started yet. */
    private final Set<Long> explained = new HashSet<>();

    private long seq;

    /**
     * @param lab the live lab (picker and algorithm of each moment)
     * @param sampler takes a snapshot at an explained pick (step mode has frozen the lab there)
     */
    public LabRecording(LabControl lab, Supplier<MetricsSnapshot> sampler) {
        this.lab = lab;
        this.sampler = sampler;
    }

    /**
     * Records {@code feed}'s events and snapshots from now on; the window calls it for each feed of the live lab (a
     * language switch builds a new one), after the feed was primed with the lab's history.
     */
    public void follow(LabFeed feed) {
        feed.onEvent(this::onEvent);
        feed.onSnapshot(s -> keep(new Moment(s, lab.picker(), lab.algorithm())));
    }

    /** Whether nothing is recorded yet (no snapshot). */
    public boolean isEmpty() {
        return moments.isEmpty();
    }

    /** The earliest lab time a replay can show, ns; 0 before the first snapshot. */
    public long earliestNanos() {
        return moments.isEmpty() ? 0 : moments.getFirst().nanos();
    }

    /** The latest recorded lab time, ns; 0 before the first snapshot. */
    public long latestNanos() {
        return moments.isEmpty() ? 0 : moments.getLast().nanos();
    }

    /** Explained picks recorded (within the window). */
    public int decisions() {
        return decisions.size();
    }

    /** Whether lab time went on after the last explained pick (or there is none). */
    public boolean ranPastLastDecision() {
        return decisions.isEmpty() || latestNanos() > last(decisions).moment().nanos();
    }

    /** Index of the last explained pick at or before {@code nanos}, or -1. */
    public int decisionAtOrBefore(long nanos) {
        int found = -1;
        for (int i = 0; i < decisions.size() && decisions.get(i).moment().nanos() <= nanos; i++) {
            found = i;
        }
        return found;
    }

    /**
     * The lab as recorded at lab time {@code nanos} (clamped to what is recorded): the last snapshot at or before it.
     *
     * @throws IllegalStateException before the first snapshot
     */
    public Replay at(long nanos) {
        if (moments.isEmpty()) {
            throw new IllegalStateException("nothing recorded yet");
        }
        long t = Math.max(nanos, earliestNanos());
        Moment moment = moments.getFirst();
        for (Moment m : moments) {
            if (m.nanos() > t) {
                break;
            }
            moment = m;
        }
        long until = moment.nanos();
        return new Replay(moment, events(e -> e.event().nanos() <= until), history(until), -1);
    }

    /**
     * The lab as recorded right at explained pick {@code index} (from 0, oldest kept first): that pick is the last
     * one shown.
     *
     * @throws IndexOutOfBoundsException if there is no such pick
     */
    public Replay decision(int index) {
        Decision d = decisions.get(index);
        return new Replay(
                d.moment(), events(e -> e.seq() <= d.seq()), history(d.moment().nanos()), index);
    }

    private List<LabEvent> events(Predicate<Kept> upTo) {
        List<Kept> kept = new ArrayList<>();
        states.stream().filter(upTo).forEach(kept::add);
        picks.stream().filter(upTo).forEach(kept::add);
        kept.sort(Comparator.comparingLong(Kept::seq));
        return kept.stream().map(Kept::event).toList();
    }

    private List<MetricsSnapshot> history(long until) {
        return moments.stream()
                .filter(m -> m.nanos() <= until)
                .map(Moment::snapshot)
                .toList();
    }

    private void onEvent(LabEvent event) {
        if (routes.offer(event)) {
            return;
        }
        if (event instanceof LabEvent.Decided d) {
            decided(d);
        } else if (event instanceof LabEvent.AttemptStarted s) {
            started(s);
        } else if (isState(event)) {
            state(event);
        }
    }

    /** Health changes, ejections and injections, of any balancer's health checker. */
    private static boolean isState(LabEvent event) {
        return event instanceof LabEvent.HealthChanged
                || event instanceof LabEvent.Ejected
                || event instanceof LabEvent.Unejected
                || event instanceof LabEvent.Injected
                || event instanceof LabEvent.OfBalancer named && isState(named.event());
    }

    private void state(LabEvent event) {
        if (states.size() == STATE_EVENTS_KEPT) {
            states.removeFirst();
        }
        states.addLast(new Kept(seq++, event));
    }

    private void decided(LabEvent.Decided d) {
        LabEvent.Routed route = routes.of(d.requestId());
        if (route != null) { // a replayed "Why?" names the balancer that picked, as the live one does
            picks.addLast(new Kept(seq++, route));
        }
        picks.addLast(new Kept(seq++, d));
        if (d.server() == null) {
            decide();
        } else {
            explained.add(d.requestId());
        }
    }

    private void started(LabEvent.AttemptStarted s) {
        if (explained.remove(s.requestId())) {
            picks.addLast(new Kept(seq++, s));
            decide();
        }
    }

    /** The pick just recorded is complete (its key is known): remember the lab at it. */
    private void decide() {
        Moment at = new Moment(sampler.get(), lab.picker(), lab.algorithm());
        decisions.add(new Decision(seq - 1, at));
        keep(at);
    }

    private void keep(Moment m) {
        moments.addLast(m);
        long from = m.nanos() - WINDOW_NANOS;
        while (moments.getFirst().nanos() < from) {
            moments.removeFirst();
        }
        while (!picks.isEmpty() && picks.getFirst().event().nanos() < from) {
            picks.removeFirst();
        }
        while (!decisions.isEmpty() && decisions.get(0).moment().nanos() < from) {
            decisions.remove(0);
        }
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
