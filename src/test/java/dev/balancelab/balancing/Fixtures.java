package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Test helpers: endpoints from {@code "a:5,b,c:2"}, requests, pick sequences. */
final class Fixtures {
    static final PickerConfig CONFIG = new PickerConfig(AlgorithmParams.DEFAULT, 42);

    private Fixtures() {}

    /** Endpoints from {@code id} or {@code id:weight} items separated by commas. */
    static List<Endpoint> endpoints(String spec) {
        List<Endpoint> list = new ArrayList<>();
        for (String item : spec.split(",")) {
            String[] parts = item.split(":");
            int weight = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            list.add(new Endpoint(ServerId.of(parts[0]), weight, new LoadStats(1000)));
        }
        return list;
    }

    /** {@code count} servers {@code s1 ... s<count>}, weight 1. */
    static List<Endpoint> servers(int count) {
        return endpoints(IntStream.rangeClosed(1, count).mapToObj(i -> "s" + i).collect(Collectors.joining(",")));
    }

    static Request request(long id) {
        return Request.of(id, "key-" + id, "10.0.0." + id % 256);
    }

    static Request retry(String key, String... tried) {
        Set<ServerId> ids = Set.of(tried).stream().map(ServerId::of).collect(Collectors.toSet());
        return new Request(1, key, key, ids);
    }

    /** The ids of {@code count} first-attempt picks, space-separated. */
    static String picks(Picker picker, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> picker.pick(request(i)).id().value())
                .collect(Collectors.joining(" "));
    }

    static Endpoint byId(List<Endpoint> endpoints, String id) {
        return endpoints.stream()
                .filter(e -> e.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Puts {@code n} attempts in flight on {@code e}. */
    static void load(Endpoint e, int n) {
        for (int i = 0; i < n; i++) {
            e.stats().attemptStarted();
        }
    }
}
