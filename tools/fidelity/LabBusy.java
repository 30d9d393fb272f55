import dev.balancelab.balancing.Algorithms;
import dev.balancelab.balancing.Endpoint;
import dev.balancelab.balancing.LoadStats;
import dev.balancelab.balancing.Picker;
import dev.balancelab.balancing.PickerConfig;
import dev.balancelab.balancing.Request;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's side of the "one server busy" cases: {@code java -cp target/balance-lab.jar LabBusy.java ALGORITHM N
 * IDS...} puts one request in flight on the first server and prints the servers of N further first attempts, one a
 * line (the `picks` command simulates no load).
 */
public class LabBusy {
    public static void main(String[] args) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            endpoints.add(new Endpoint(ServerId.of(args[i]), 1, new LoadStats(10_000)));
        }
        endpoints.get(0).stats().attemptStarted();
        Picker picker = Algorithms.byId(args[0]).newPicker(endpoints, new PickerConfig(AlgorithmParams.DEFAULT, 1));
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            System.out.println(picker.pick(Request.of(i, "key-" + i, "127.0.0.1")).id());
        }
    }
}
