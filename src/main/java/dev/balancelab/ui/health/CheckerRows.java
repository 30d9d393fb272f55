package dev.balancelab.ui.health;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.HealthModel;
import dev.balancelab.domain.HealthState;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.ui.common.I18n;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One balancer's health checker as the monitor shows it (issue 14: each balancer probes its servers itself): a row
 * per server it balances over, in topology order, and its check settings in words. In a lab of several balancers its
 * sentences start with the balancer's id ("lb2: …").
 */
final class CheckerRows {
    private final String balancer;
    private final HealthCheckSpec check;
    private final Map<ServerId, HealthRowModel> rows = new LinkedHashMap<>();

    /**
     * @param instance the balancer
     * @param servers the servers it checks, in topology order
     * @param named whether its sentences name it (a lab of several balancers)
     */
    CheckerRows(BalancerInstance instance, List<ServerSpec> servers, boolean named) {
        this.balancer = named ? instance.id() : null;
        this.check = instance.spec().healthCheck();
        boolean perTryTimeout = instance.spec().retry().perTryTimeoutMs() > 0;
        int beatsKept = (int) (HealthMonitorViewModel.WINDOW_NANOS / 1_000_000 / check.intervalMs()) + 2;
        servers.forEach(s -> rows.put(s.id(), new HealthRowModel(s, check, beatsKept, perTryTimeout, balancer)));
    }

    /** The row of {@code server}, or null if this balancer does not check it. */
    HealthRowModel row(ServerId server) {
        return rows.get(server);
    }

    /** The rows in topology order. */
    List<HealthRowModel> rows() {
        return List.copyOf(rows.values());
    }

    /** Servers that are not UP first, otherwise topology order. */
    List<HealthRowModel> attentionOrder() {
        return rows.values().stream()
                .sorted(Comparator.comparing(row -> row.stateProperty().get() == HealthState.UP))
                .toList();
    }

    /** The check settings in words, named by the balancer in a lab of several. */
    String policy() {
        String text = check.model() == HealthModel.PUSH
                ? I18n.t("push.health.policy", check.intervalMs(), check.ttlMs())
                : I18n.t("health.policy", check.intervalMs(), check.timeoutMs(), check.fall(), check.rise());
        return HealthRowModel.named(balancer, text);
    }
}
