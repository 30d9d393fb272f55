package dev.balancelab.ui.topology;

import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.FailureMode;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabControl;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One balancer card of a lab with several balancers (issue 14): whether it runs, its VRRP state in keepalived's names
 * (MASTER holds the virtual IP, BACKUP listens for the MASTER's adverts, FAULT is down) and, while an advert is
 * overdue, the time left until it declares the MASTER down ({@code Master_Down_Interval}, RFC 5798 §6.1). Kill and
 * revive go to the lab by the balancer's id.
 */
public final class BalancerViewModel {
    /** keepalived's names of a VRRP instance's states; a balancer outside the group is only up or down. */
    enum Role {
        MASTER,
        BACKUP,
        FAULT,
        UP,
        DOWN
    }

    private final LabControl engine;
    private final BalancerInstance balancer;
    private final int index;
    private final VipSpec vip;
    private final int priority;
    private final BooleanProperty alive = new SimpleBooleanProperty(true);
    private final BooleanProperty holder = new SimpleBooleanProperty();
    private final StringProperty stateText = new SimpleStringProperty();
    private final StringProperty detailText = new SimpleStringProperty();
    private Role role;
    /** Lab ns at which this router last heard an advert it accepts, or came up. */
    private long lastHeard;

    /** @param vip the lab's virtual IP, or null: then the balancer is only up or down */
    BalancerViewModel(LabControl engine, BalancerInstance balancer, int index, VipSpec vip) {
        this.engine = engine;
        this.balancer = balancer;
        this.index = index;
        this.vip = vip;
        this.priority = vip == null
                ? 0
                : vip.members().stream()
                        .filter(m -> m.balancer().equals(balancer.id()))
                        .mapToInt(VrrpMember::priority)
                        .findFirst()
                        .orElse(0);
        role = member() ? Role.BACKUP : Role.UP;
        show(Long.MAX_VALUE);
    }

    public String id() {
        return balancer.id();
    }

    int index() {
        return index;
    }

    /** The site it runs in, {@code ""} for none. */
    String region() {
        return balancer.region();
    }

    /** Whether it is a router of the VRRP group. */
    boolean member() {
        return priority > 0;
    }

    /** Its VRRP priority, 0 outside the group. */
    int priority() {
        return priority;
    }

    public ReadOnlyBooleanProperty aliveProperty() {
        return alive;
    }

    /** Whether it holds the virtual IP now. */
    public ReadOnlyBooleanProperty holderProperty() {
        return holder;
    }

    /** The card's state line: MASTER, BACKUP, FAULT (keepalived's names), or UP / DOWN outside the VRRP group. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    /**
     * The line under it: "priority 150", or while a BACKUP misses the MASTER's adverts "takes over in 2.3 s"; empty
     * outside the group.
     */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText;
    }

    /** The state in keepalived's names (or UP / DOWN outside the group). */
    Role role() {
        return role;
    }

    /** Crashes it (or, {@code kill} false, starts it again): in-flight requests through it fail, adverts stop. */
    public void kill(boolean kill) {
        engine.inject(ServerId.of(balancer.id()), FailureMode.of(kill ? FailureKind.CRASH : FailureKind.NONE));
    }

    /** Crashes (or starts again) its whole site: every balancer and server of its region. */
    public void killSite(boolean kill) {
        engine.inject(ServerId.of(balancer.region()), FailureMode.of(kill ? FailureKind.CRASH : FailureKind.NONE));
    }

    /** It crashed or came back at lab time {@code nanos}. */
    void setAlive(boolean value, long nanos) {
        if (value && !alive.get()) {
            lastHeard = nanos;
        }
        alive.set(value);
        show(nanos);
    }

    /** Whether it holds the VIP now. */
    void setHolder(boolean value, long nanos) {
        holder.set(value);
        if (value) {
            lastHeard = nanos;
        }
        show(nanos);
    }

    /**
     * The MASTER of {@code masterPriority} sent an advert at {@code nanos}: a BACKUP resets its master-down timer,
     * unless it preempts (VIP with preempt, and a higher priority than the MASTER's), RFC 5798 §6.4.2.
     */
    void heard(int masterPriority, long nanos) {
        if (!(vip.preempt() && priority > masterPriority)) {
            lastHeard = nanos;
        }
    }

    /** Refreshes the state line at lab time {@code now} (ns). */
    void show(long now) {
        role = !member()
                ? (alive.get() ? Role.UP : Role.DOWN)
                : !alive.get() ? Role.FAULT : holder.get() ? Role.MASTER : Role.BACKUP;
        stateText.set(name());
        detailText.set(detail(now));
    }

    private String name() {
        return switch (role) {
            case MASTER -> I18n.t("vrrp.role.master");
            case BACKUP -> I18n.t("vrrp.role.backup");
            case FAULT -> I18n.t("vrrp.role.fault");
            case UP -> I18n.t("vrrp.role.up");
            case DOWN -> I18n.t("vrrp.role.down");
        };
    }

    private String detail(long now) {
        if (!member()) {
            return "";
        }
        long left = lastHeard + vip.masterDownNanos(priority) - now;
        boolean overdue = now != Long.MAX_VALUE && now - lastHeard > vip.advertMs() * 1_000_000L;
        return role == Role.BACKUP && overdue
                ? I18n.t("vrrp.countdown", Math.max(0, left) / 1e9)
                : I18n.t("vrrp.priority", priority);
    }

    /** The tooltip: id, region, priority and what the states mean. */
    String description() {
        String where = balancer.region().isEmpty() ? "" : I18n.t("balancer.tooltip.region", balancer.region());
        return member()
                ? I18n.t(
                        "balancer.tooltip.vrrp",
                        balancer.id(),
                        where,
                        priority,
                        vip.address(),
                        vip.masterDownNanos(priority) / 1e9)
                : I18n.t("balancer.tooltip.plain", balancer.id(), where);
    }
}
