package dev.balancelab.data;

import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A Dynamo-style replicated key-value store's coordination (DeCandia et al., SOSP 2007): which nodes a read or write
 * goes to, whether it reaches its quorum and after how long, and, under sloppy quorums, the hints a stand-in keeps for
 * a down replica and hands back when it returns (hinted handoff, section 4.6). It keeps no values: only which nodes
 * are down and which hints are held. Thread-safe (one lock).
 */
public final class QuorumStore {
    private final Replication replication;
    private final ToDoubleFunction<ServerId> latencyMs;
    private final Set<ServerId> down = new HashSet<>();
    /** Hints by holder: for each, the home replica and key of every write it took in its place, in order. */
    private final Map<ServerId, List<Hint>> hints = new LinkedHashMap<>();

    /**
     * @param replication partitioning, N, W, R and whether quorums are sloppy
     * @param latencyMs how long one node takes to answer a read or write, in ms
     */
    public QuorumStore(Replication replication, ToDoubleFunction<ServerId> latencyMs) {
        this.replication = replication;
        this.latencyMs = latencyMs;
    }

    /** The partitioning and quorums. */
    public Replication replication() {
        return replication;
    }

    /**
     * Reads or writes {@code key}: sends it to its {@link Replication#targets targets}; the ones up answer after
     * their latency, the down ones refuse at once. It succeeds when R (W) answered, after the R-th (W-th) fastest
     * answer; else it fails at once. A sloppy write taken by a stand-in leaves a hint for a down home replica.
     */
    public synchronized Operation operate(String key, boolean write) {
        List<ServerId> targets = replication.targets(key, down);
        List<ServerId> refused = targets.stream().filter(down::contains).toList();
        List<Double> answers = new ArrayList<>();
        targets.stream().filter(id -> !down.contains(id)).forEach(id -> answers.add(latencyMs.applyAsDouble(id)));
        answers.sort(null);
        int quorum =
                write ? replication.spec().writeQuorum() : replication.spec().readQuorum();
        boolean ok = answers.size() >= quorum;
        List<ServerId> standIns = standIns(key, targets);
        if (ok && write) {
            keepHints(key, standIns);
        }
        return new Operation(key, write, targets, refused, standIns, ok, ok ? answers.get(quorum - 1) : 0);
    }

    /** The targets outside the key's home replicas, which stand in for down ones (sloppy quorums only). */
    private List<ServerId> standIns(String key, List<ServerId> targets) {
        List<ServerId> home = replication.replicas(key);
        return targets.stream().filter(id -> !home.contains(id)).toList();
    }

    /**
     * Each stand-in keeps a hint for one down home replica, in preference-list order; there are never more stand-ins
     * than down home replicas (the targets are N nodes at most, the running home replicas among them).
     */
    private void keepHints(String key, List<ServerId> standIns) {
        List<ServerId> missing =
                replication.replicas(key).stream().filter(down::contains).toList();
        for (int i = 0; i < Math.min(standIns.size(), missing.size()); i++) {
            hints.computeIfAbsent(standIns.get(i), h -> new ArrayList<>()).add(new Hint(key, missing.get(i)));
        }
    }

    /** Marks {@code node} down: it refuses every operation until {@link #revive}. */
    public synchronized void kill(ServerId node) {
        down.add(node);
    }

    /**
     * Marks {@code node} up again and hands back the hints that can go now: those held for it by running stand-ins,
     * and those it holds itself for running home replicas.
     *
     * @return the hints handed back, by holder and home replica
     */
    public synchronized List<Handoff> revive(ServerId node) {
        down.remove(node);
        List<Handoff> handoffs = new ArrayList<>();
        for (Map.Entry<ServerId, List<Hint>> e : hints.entrySet()) {
            ServerId holder = e.getKey();
            if (down.contains(holder)) {
                continue;
            }
            Map<ServerId, Integer> byHome = new LinkedHashMap<>();
            e.getValue().removeIf(h -> {
                boolean deliver = !down.contains(h.home())
                        && (holder.equals(node) || h.home().equals(node));
                if (deliver) {
                    byHome.merge(h.home(), 1, Integer::sum);
                }
                return deliver;
            });
            byHome.forEach((home, count) -> handoffs.add(new Handoff(holder, home, count)));
        }
        return handoffs;
    }

    /** The nodes down now. */
    public synchronized Set<ServerId> down() {
        return Set.copyOf(down);
    }

    /** Hints held now, over all holders. */
    public synchronized int hintsHeld() {
        return hints.values().stream().mapToInt(List::size).sum();
    }

    /** How {@code keys} stand with the nodes down now ({@link Replication#health}). */
    public KeyHealthAt health(Collection<String> keys) {
        Set<ServerId> now = down();
        return new KeyHealthAt(now, replication.health(keys, now));
    }

    /**
     * @param down the nodes down when it was measured
     * @param health under-replicated and unavailable keys then
     */
    public record KeyHealthAt(Set<ServerId> down, Replication.KeyHealth health) {}

    /**
     * One read or write.
     *
     * @param key the key
     * @param write a write, else a read
     * @param targets the nodes it was sent to, in preference-list order
     * @param refused the targets that were down and refused at once
     * @param standIns the targets outside the key's home replicas (sloppy quorums), which keep hints on a write
     * @param ok whether R (W) targets answered
     * @param latencyMs when it succeeded: the R-th (W-th) fastest answer, in ms; 0 when it failed
     */
    public record Operation(
            String key,
            boolean write,
            List<ServerId> targets,
            List<ServerId> refused,
            List<ServerId> standIns,
            boolean ok,
            double latencyMs) {}

    /**
     * A write a stand-in took for a down home replica.
     *
     * @param key the key
     * @param home the replica it belongs to
     */
    private record Hint(String key, ServerId home) {}

    /**
     * Hints handed back on a revive.
     *
     * @param holder the stand-in that kept them
     * @param home the replica they belong to
     * @param keys how many
     */
    public record Handoff(ServerId holder, ServerId home, int keys) {}
}
