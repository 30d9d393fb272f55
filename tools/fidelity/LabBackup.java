import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadBalancer;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lab's side of the backup cases: {@code java -cp target/balance-lab.jar LabBackup.java ALGORITHM N SERVERS
 * BACKUPS DOWN} builds the lab's balancer over {@code SERVERS} ({@code id:weight,...}), marks the ids in
 * {@code BACKUPS} as backup servers and those in {@code DOWN} unavailable (each a comma list, or {@code -} for none),
 * and prints the servers of N first attempts, one a line (the {@code picks} command knows no backups).
 */
public class LabBackup {
    public static void main(String[] args) {
        LoadBalancer lb = new LoadBalancer(Algorithms.byId(args[0]), new PickerConfig(AlgorithmParams.DEFAULT, 1));
        lb.setBackups(ids(args[3]));
        List<Endpoint> endpoints = new ArrayList<>();
        for (String server : args[2].split(",")) {
            String[] parts = server.split(":");
            endpoints.add(new Endpoint(ServerId.of(parts[0]), Integer.parseInt(parts[1]), new LoadStats(10_000)));
        }
        lb.putServers(endpoints);
        ids(args[4]).forEach(id -> lb.setAvailable(id, false));
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            System.out.println(lb.picker().pick(Request.of(i, "key-" + i, "127.0.0.1")).id());
        }
    }

    private static Set<ServerId> ids(String list) {
        return list.equals("-")
                ? Set.of()
                : Arrays.stream(list.split(",")).map(ServerId::of).collect(Collectors.toSet());
    }
}
