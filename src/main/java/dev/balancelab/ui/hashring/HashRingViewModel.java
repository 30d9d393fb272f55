package dev.balancelab.ui.hashring;

import dev.balancelab.balancing.Algorithm;
import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.ConsistentHash;
import dev.balancelab.balancing.HashRing;
import dev.balancelab.balancing.Hashing;
import dev.balancelab.balancing.KeyDistribution;
import dev.balancelab.balancing.Maglev;
import dev.balancelab.balancing.MaglevTable;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.telemetry.LabEvent;
import dev.balancelab.ui.common.AlgorithmTexts;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import dev.balancelab.ui.common.LabFeed;
import dev.balancelab.ui.hashring.RingPicture.Kind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The hash-ring panel's model. It looks at the engine's live picker (the very snapshot the data plane uses) on every
 * health change and five times a second; when a new snapshot differs, it turns it into a {@link RingPicture} and
 * says how many of the keys the clients send moved, under the algorithm and under {@code hash mod N} over the same
 * servers.
 */
public final class HashRingViewModel {
    /** Most keys drawn: a client population larger than this is shown by its first {@code MAX_KEYS} keys. */
    static final int MAX_KEYS = 2_000;
    /** Lab time a moved key takes to travel to its new owner's track, in ns (so slow motion slows it too). */
    private static final double TRAVEL_NANOS = 2.5e9;
    /** The canvas's travel animation at rate 1, in real time. */
    public static final Duration TRAVEL_TIME = Duration.seconds(1);

    private static final String IDLE = "hashring.idle";
    private static final Algorithm MOD_N = Algorithms.of(AlgorithmKind.IP_HASH);

    private final LabControl engine;
    private final List<ServerSpec> servers;
    private final Map<ServerId, Integer> index = new HashMap<>();
    /** The keys the clients send: {@code user-0} … {@code user-(U-1)} for the largest client population U. */
    private final int sentKeys;

    private final List<String> keys;
    private final double[] keyFractions;
    private final DoubleProperty travelRate = new SimpleDoubleProperty();
    private final PickerConfig config;
    private final ObjectProperty<RingPicture> picture = new SimpleObjectProperty<>(RingPicture.none());
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty moved = new SimpleStringProperty(I18n.t(IDLE));
    private final StringProperty modNMoved = new SimpleStringProperty(I18n.t(IDLE));
    private final StringProperty movedBack = new SimpleStringProperty("");
    private final BooleanProperty modN = new SimpleBooleanProperty();
    private final ObservableList<String> ownerRows = FXCollections.observableArrayList();
    private final List<StringProperty> legend;
    private Picker shown;
    private State last;
    private State beforeLast;

    /** Subscribes to {@code feed}; the engine is only read (its picker, algorithm and topology). */
    public HashRingViewModel(LabControl engine, LabFeed feed) {
        this.engine = engine;
        this.servers = engine.topology().servers();
        this.config = new PickerConfig(engine.topology().balancer().params(), 0);
        this.sentKeys = engine.topology().clients().stream()
                .mapToInt(ClientSpec::users)
                .max()
                .orElse(1);
        this.keys = IntStream.range(0, Math.min(sentKeys, MAX_KEYS))
                .mapToObj(i -> "user-" + i)
                .toList();
        this.keyFractions = keys.stream()
                .mapToDouble(k -> HashRing.fraction(Hashing.hash64(k)))
                .toArray();
        for (int i = 0; i < servers.size(); i++) {
            index.put(servers.get(i).id(), i);
        }
        legend = servers.stream()
                .map(s -> (StringProperty) new SimpleStringProperty(s.name()))
                .toList();
        modN.addListener(o -> {
            if (last != null) {
                updateLegend();
            }
        });
        feed.onSnapshot(s -> {
            refresh();
            travelRate.set(engine.running() ? TRAVEL_TIME.toMillis() * 1e6 / TRAVEL_NANOS * engine.speed() : 0);
        });
        feed.onEvent(e -> {
            if (e instanceof LabEvent.HealthChanged) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * How fast moved keys travel, as a rate of the canvas's {@link #TRAVEL_TIME}: they take {@code TRAVEL_NANOS} of
     * lab time, so the rate follows the lab speed, and is 0 while lab time is paused.
     */
    public ReadOnlyDoubleProperty travelRateProperty() {
        return travelRate;
    }

    /** The current snapshot as the canvas draws it. */
    public ReadOnlyObjectProperty<RingPicture> pictureProperty() {
        return picture;
    }

    /** What is drawn: the algorithm, its ring or table size, the key sample; or why nothing applies. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** {@code moved X of K keys (Y %) — ideal 1/N = Z %} for the last change of servers, or a hint before one. */
    public ReadOnlyStringProperty movedProperty() {
        return moved;
    }

    /** The same comparison as {@link #movedProperty()} under {@code hash mod N} (IP hash) over the same servers. */
    public ReadOnlyStringProperty modNMovedProperty() {
        return modNMoved;
    }

    /** Says so when the last change returned every key to the owner it had before the change before it. */
    public ReadOnlyStringProperty movedBackProperty() {
        return movedBack;
    }

    /** Whether the canvas shows the keys under {@code hash mod N} instead of the algorithm. */
    public BooleanProperty modNProperty() {
        return modN;
    }

    /** "user-17 → s3 (was s2)" for every key, when the algorithm hashes keys without a ring or table to draw. */
    public ObservableList<String> ownerRows() {
        return ownerRows;
    }

    /** Per server in topology order: its name and how many sampled keys it owns. */
    public List<? extends ReadOnlyStringProperty> legend() {
        return legend;
    }

    /** Looks at the live picker; does nothing unless it is a new snapshot that assigns keys differently. */
    private void refresh() {
        Picker current = engine.picker();
        if (current == shown) {
            return;
        }
        shown = current;
        AlgorithmKind algorithm = engine.algorithm();
        Kind kind = kindOf(current, algorithm);
        if (kind == Kind.NONE) {
            showNothing(algorithm, current);
            return;
        }
        State now = new State(
                algorithm,
                KeyDistribution.assign(current, keys),
                KeyDistribution.assign(MOD_N, current.endpoints(), config, keys),
                table(current));
        State before = last != null && last.algorithm == algorithm ? last : null;
        if (now.sameAs(before)) {
            return;
        }
        State older = before == null ? null : beforeLast;
        beforeLast = before;
        last = now;
        show(kind, current, now, before);
        movedBack.set(
                older != null && older.keys.owners().equals(now.keys.owners()) ? I18n.t("hashring.movedBack") : "");
    }

    private static Kind kindOf(Picker picker, AlgorithmKind algorithm) {
        if (picker.endpoints().isEmpty()) {
            return Kind.NONE;
        } else if (picker instanceof ConsistentHash.RingPicker) {
            return Kind.RING;
        } else if (picker instanceof Maglev.TablePicker) {
            return Kind.MAGLEV;
        }
        return algorithm.usesKey() ? Kind.KEY_TABLE : Kind.NONE;
    }

    private void showNothing(AlgorithmKind algorithm, Picker current) {
        last = null;
        beforeLast = null;
        picture.set(RingPicture.none());
        title.set(
                current.endpoints().isEmpty()
                        ? I18n.t("hashring.noServer")
                        : I18n.t("hashring.notHashing", AlgorithmTexts.label(algorithm), hashingAlgorithms()));
        moved.set("");
        modNMoved.set("");
        movedBack.set("");
        ownerRows.clear();
        legend.forEach(l -> l.set(""));
    }

    private void show(Kind kind, Picker current, State now, State before) {
        KeyDots dots = dots(now.keys, before == null ? null : before.keys);
        KeyDots modNDots = dots(now.modN, before == null ? null : before.modN);
        int[] previousTable = before == null ? null : before.table;
        picture.set(
                new RingPicture(kind, points(current), pointOwners(current), dots, modNDots, now.table, previousTable));
        title.set(title(kind, current, now));
        moved.set(before == null ? I18n.t(IDLE) : movedText(before.keys, now.keys));
        modNMoved.set(before == null ? I18n.t(IDLE) : movedText(before.modN, now.modN));
        ownerRows.setAll(kind == Kind.KEY_TABLE ? ownerRows(dots) : List.of());
        updateLegend();
    }

    /**
     * {@code moved X of K keys (Y %) — ideal 1/N = Z %}, where N is the larger of the two server counts: removing
     * one of N servers ideally moves only its 1/N share of the keys, and adding it back moves the same share back.
     */
    static String movedText(KeyDistribution before, KeyDistribution after) {
        KeyDistribution.Movement m = before.movementTo(after);
        int n = Math.max(before.load().size(), after.load().size());
        return I18n.t("hashring.moved", m.moved(), after.owners().size(), 100 * m.movedFraction(), n, 100.0 / n);
    }

    /** The algorithms that hash keys, by name in the window's language. */
    private static String hashingAlgorithms() {
        return Arrays.stream(AlgorithmKind.values())
                .filter(AlgorithmKind::usesKey)
                .map(AlgorithmTexts::label)
                .collect(Collectors.joining(I18n.t("hashring.separator")));
    }

    private String title(Kind kind, Picker current, State now) {
        String name = AlgorithmTexts.label(now.algorithm);
        String sample = keys.size() == sentKeys
                ? I18n.t("hashring.sample", sentKeys, sentKeys - 1)
                : I18n.t("hashring.sampleFirst", keys.size(), sentKeys, keys.size() - 1);
        return switch (kind) {
            case RING ->
                I18n.t(
                        "hashring.title.ring",
                        name,
                        ((ConsistentHash.RingPicker) current).ring().size(),
                        sample);
            case MAGLEV -> I18n.t("hashring.title.maglev", name, now.table.length, sample);
            default -> I18n.t("hashring.title.keys", name, sample);
        };
    }

    private KeyDots dots(KeyDistribution now, KeyDistribution before) {
        return new KeyDots(keyFractions, indices(now), before == null ? null : indices(before));
    }

    private int[] indices(KeyDistribution distribution) {
        return distribution.owners().stream().mapToInt(index::get).toArray();
    }

    private static double[] points(Picker picker) {
        if (!(picker instanceof ConsistentHash.RingPicker ring)) {
            return new double[0];
        }
        return ring.ring().points().stream()
                .mapToDouble(p -> HashRing.fraction(p.position()))
                .toArray();
    }

    private int[] pointOwners(Picker picker) {
        if (!(picker instanceof ConsistentHash.RingPicker ring)) {
            return new int[0];
        }
        return ring.ring().points().stream()
                .mapToInt(p -> index.get(p.owner().id()))
                .toArray();
    }

    /** The Maglev table's owner per slot as server indices (-1 for an empty slot); empty for other pickers. */
    private int[] table(Picker picker) {
        if (!(picker instanceof Maglev.TablePicker maglev)) {
            return new int[0];
        }
        MaglevTable table = maglev.table();
        int[] toServer =
                table.backends().stream().mapToInt(e -> index.get(e.id())).toArray();
        return Arrays.stream(table.entries()).map(b -> b < 0 ? -1 : toServer[b]).toArray();
    }

    private List<String> ownerRows(KeyDots dots) {
        return IntStream.range(0, keys.size())
                .mapToObj(i -> keys.get(i) + " → " + name(dots.owners()[i])
                        + (dots.moved(i) ? I18n.t("hashring.was", name(dots.previous()[i])) : ""))
                .toList();
    }

    /** Key counts of the assignment the canvas shows: the algorithm's, or mod N's while the switch is on. */
    private void updateLegend() {
        Map<ServerId, Integer> load = (modN.get() ? last.modN : last.keys).load();
        for (int i = 0; i < servers.size(); i++) {
            Integer owned = load.get(servers.get(i).id());
            legend.get(i)
                    .set(servers.get(i).name()
                            + (owned == null ? I18n.t("hashring.unavailable") : I18n.t("hashring.keys", owned)));
        }
    }

    private String name(int server) {
        return servers.get(server).name();
    }

    /** One snapshot's assignment of the sampled keys, under the algorithm and under mod N, and its Maglev table. */
    private record State(AlgorithmKind algorithm, KeyDistribution keys, KeyDistribution modN, int[] table) {
        boolean sameAs(State other) {
            return other != null
                    && keys.owners().equals(other.keys.owners())
                    && modN.owners().equals(other.modN.owners())
                    && Arrays.equals(table, other.table);
        }
    }
}
