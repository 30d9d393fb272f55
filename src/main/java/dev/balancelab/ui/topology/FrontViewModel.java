package dev.balancelab.ui.topology;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.DnsSpec;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.Topology;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.telemetry.BalancerMetrics;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The balancer tier's state on the canvas (issue 14), followed from the lab's events: which balancers run, which one
 * holds the virtual IP, the VRRP adverts and DNS answers as pulses, every user's cached DNS answer, the sites that are
 * down, which balancer each request went through, and, from the snapshots, the servers about which two balancers'
 * health checkers disagree. FX thread.
 */
final class FrontViewModel {
    private static final int INDEX_SIZE = 1 << 16;
    /** Lab time a pulse takes at most, ns (an advert's pulse takes at most half its interval). */
    private static final long PULSE_NANOS = 400_000_000L;

    private final VipSpec vip;
    private final DnsSpec dns;
    private final List<BalancerViewModel> balancers = new ArrayList<>();
    private final Map<String, Integer> balancerIndex = new HashMap<>();
    private final List<String> clientIds;
    private final List<Map<String, Answer>> caches = new ArrayList<>();
    private final List<StringProperty> cacheTexts = new ArrayList<>();
    private final List<StringProperty> pinnedTexts = new ArrayList<>();
    private final StringProperty dnsText = new SimpleStringProperty();
    private final StringProperty holder = new SimpleStringProperty();
    private final ObjectProperty<Set<String>> downRegions = new SimpleObjectProperty<>(Set.of());
    private final Pulses pulses = new Pulses(256);
    private final long[] routedRequest = new long[INDEX_SIZE];
    private final int[] routedBalancer = new int[INDEX_SIZE];
    private final List<String> regions;

    /** A user's cached DNS answer: the balancer's index (-1 for none), until when (ns), whether the TTL is ignored. */
    private record Answer(int balancer, long expires, boolean pinned) {}

    FrontViewModel(LabControl engine, Topology t) {
        this.vip = t.front().vip();
        this.dns = t.front().dns();
        this.regions = List.copyOf(t.front().regions().weights().keySet());
        List<BalancerInstance> list = t.balancers();
        for (int i = 0; i < list.size(); i++) {
            balancers.add(new BalancerViewModel(engine, list.get(i), i, vip));
            balancerIndex.put(list.get(i).id(), i);
        }
        clientIds = t.clients().stream().map(c -> c.id()).toList();
        for (int i = 0; i < clientIds.size(); i++) {
            caches.add(new HashMap<>());
            cacheTexts.add(new SimpleStringProperty(""));
            pinnedTexts.add(new SimpleStringProperty(""));
        }
        java.util.Arrays.fill(routedRequest, -1);
        if (vip != null) { // keepalived: the highest priority starts as MASTER
            vip.members().stream()
                    .max(java.util.Comparator.comparingInt(m -> m.priority()))
                    .ifPresent(m -> moveVip(m.balancer(), 0));
        }
        if (dns != null) {
            dnsText.set(I18n.t("dns.card.detail", dns.ttlMs() / 1000.0, dns.ignoreTtlShare()));
        }
    }

    List<BalancerViewModel> balancers() {
        return balancers;
    }

    /** The DNS name, or null. */
    DnsSpec dns() {
        return dns;
    }

    /** The virtual IP, or null. */
    VipSpec vip() {
        return vip;
    }

    /** The DNS card's detail line: TTL and the share of users that ignore it. */
    ReadOnlyStringProperty dnsTextProperty() {
        return dnsText;
    }

    /** Client {@code i}'s users' cached answers: "cached: lb1 12 · lb2 8"; empty without DNS. */
    ReadOnlyStringProperty cacheTextProperty(int i) {
        return cacheTexts.get(i);
    }

    /** How many of client {@code i}'s users keep their answer for good, and which: "pinned: lb1 2 · lb2 1". */
    ReadOnlyStringProperty pinnedTextProperty(int i) {
        return pinnedTexts.get(i);
    }

    /**
     * The id of the balancer that holds the virtual IP, null without a VIP. A MASTER that dies keeps it until a
     * BACKUP's master-down timer fires: clients' packets to the address go nowhere meanwhile.
     */
    ReadOnlyStringProperty holderProperty() {
        return holder;
    }

    /** The sites whose every balancer is down. */
    ReadOnlyObjectProperty<Set<String>> downRegionsProperty() {
        return downRegions;
    }

    Pulses pulses() {
        return pulses;
    }

    /** The index of the balancer request {@code requestId} went through last (0 if no event said). */
    int balancerOf(long requestId) {
        int slot = (int) (requestId & (INDEX_SIZE - 1));
        return routedRequest[slot] == requestId ? routedBalancer[slot] : 0;
    }

    /**
     * Applies one of the balancer tier's events.
     *
     * @param refused told (client index, balancer index, ns) of a try that found its balancer down
     */
    void onEvent(LabEvent event, RefusedSink refused) {
        if (event instanceof LabEvent.Routed r) {
            routed(r, refused);
        } else if (event instanceof LabEvent.BalancerChanged c) {
            changed(c);
        } else if (event instanceof LabEvent.VrrpAdvert a) {
            advert(a);
        } else if (event instanceof LabEvent.VipMoved m) {
            moveVip(m.to(), m.nanos());
        } else if (event instanceof LabEvent.DnsAnswered d) {
            answered(d);
        }
    }

    /** Where a try that found its balancer down is drawn. */
    interface RefusedSink {
        void refused(int clientIndex, int balancerIndex, long nanos);
    }

    private void routed(LabEvent.Routed r, RefusedSink refused) {
        Integer b = r.balancer() == null ? null : balancerIndex.get(r.balancer());
        if (b == null) {
            return;
        }
        int slot = (int) (r.requestId() & (INDEX_SIZE - 1));
        routedRequest[slot] = r.requestId();
        routedBalancer[slot] = b;
        if (!r.reached() && r.clientIndex() >= 0) {
            refused.refused(r.clientIndex(), b, r.nanos());
        }
    }

    private void changed(LabEvent.BalancerChanged c) {
        Integer b = balancerIndex.get(c.balancer());
        if (b == null) {
            return;
        }
        balancers.get(b).setAlive(c.alive(), c.nanos()); // a dead MASTER keeps the address until a BACKUP takes it
        Set<String> down = new LinkedHashSet<>();
        for (String region : regions) {
            List<BalancerViewModel> site =
                    balancers.stream().filter(v -> v.region().equals(region)).toList();
            if (!site.isEmpty()
                    && site.stream().noneMatch(v -> v.aliveProperty().get())) {
                down.add(region);
            }
        }
        if (!down.equals(downRegions.get())) {
            downRegions.set(Set.copyOf(down));
        }
    }

    private void advert(LabEvent.VrrpAdvert a) {
        Integer from = balancerIndex.get(a.from());
        if (from == null || vip == null) {
            return;
        }
        long duration = Math.min(PULSE_NANOS, vip.advertMs() * 500_000L);
        for (BalancerViewModel b : balancers) {
            if (b.index() != from && b.member() && b.aliveProperty().get()) {
                b.heard(a.priority(), a.nanos());
                pulses.add(Pulses.ADVERT, from, b.index(), a.nanos(), duration);
            }
        }
    }

    private void moveVip(String to, long nanos) {
        holder.set(to);
        for (BalancerViewModel b : balancers) {
            b.setHolder(b.id().equals(to), nanos);
        }
    }

    private void answered(LabEvent.DnsAnswered d) {
        if (d.clientIndex() < 0 || d.clientIndex() >= caches.size()) {
            return;
        }
        Integer b = d.balancer() == null ? null : balancerIndex.get(d.balancer());
        int index = b == null ? -1 : b;
        caches.get(d.clientIndex()).put(d.key(), new Answer(index, d.nanos() + dns.ttlMs() * 1_000_000L, d.pinned()));
        boolean dead = index < 0 || !balancers.get(index).aliveProperty().get();
        pulses.add(dead ? Pulses.FAILED_ANSWER : Pulses.ANSWER, 0, d.clientIndex(), d.nanos(), PULSE_NANOS);
    }

    /**
     * A sample at lab time {@code now} (ns): refreshes the countdowns and the cached answers, and returns, for every
     * server two live balancers' health checkers disagree about, what each says ("lb1: UP, lb2: DOWN").
     */
    Map<ServerId, String> sample(long now, List<BalancerMetrics> metrics) {
        balancers.forEach(b -> b.show(now));
        if (dns != null) {
            for (int c = 0; c < caches.size(); c++) {
                Map<String, Answer> cache = caches.get(c);
                cache.values().removeIf(a -> !a.pinned() && a.expires() <= now);
                cacheTexts.get(c).set(I18n.t("dns.client.cache", counts(cache.values())));
                pinnedTexts
                        .get(c)
                        .set(I18n.t(
                                "dns.client.pinned",
                                counts(cache.values().stream()
                                        .filter(Answer::pinned)
                                        .toList())));
            }
        }
        metrics.stream()
                .filter(BalancerMetrics::vipHolder)
                .map(BalancerMetrics::id)
                .findFirst()
                .filter(id -> !id.equals(holder.get()))
                .ifPresent(id -> moveVip(id, now));
        return disagreements(metrics);
    }

    /** "lb1 12 · lb2 8" (— for a user whose answer named no balancer), or "—" for none. */
    private String counts(java.util.Collection<Answer> answers) {
        Map<Integer, Long> counts = answers.stream()
                .collect(Collectors.groupingBy(Answer::balancer, LinkedHashMap::new, Collectors.counting()));
        String text = IntStream.range(-1, balancers.size())
                .filter(counts::containsKey)
                .mapToObj(b -> (b < 0 ? "—" : balancers.get(b).id()) + " " + counts.get(b))
                .collect(Collectors.joining(" · "));
        return text.isEmpty() ? "—" : text;
    }

    /** Servers whose state differs between live balancers, with each one's view. */
    static Map<ServerId, String> disagreements(List<BalancerMetrics> metrics) {
        Map<ServerId, Map<String, HealthState>> views = new LinkedHashMap<>();
        for (BalancerMetrics m : metrics) {
            if (m.alive()) {
                m.view()
                        .forEach((server, state) -> views.computeIfAbsent(server, s -> new LinkedHashMap<>())
                                .put(m.id(), state));
            }
        }
        Map<ServerId, String> split = new LinkedHashMap<>();
        views.forEach((server, byBalancer) -> {
            if (byBalancer.values().stream().distinct().count() > 1) {
                split.put(
                        server,
                        byBalancer.entrySet().stream()
                                .map(e -> I18n.t(
                                        "split.view",
                                        e.getKey(),
                                        I18n.t("state." + e.getValue().name())))
                                .collect(Collectors.joining(", ")));
            }
        });
        return split;
    }
}
