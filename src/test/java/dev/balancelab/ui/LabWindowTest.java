package dev.balancelab.ui;

import dev.balancelab.app.BalanceLabApp;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Topology;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A GUI test: opens the real window on {@link #topology()} before each test and closes the lab after it. */
@ExtendWith(ApplicationExtension.class)
abstract class LabWindowTest {
    /** Heartbeats every 200 ms with a 100 ms timeout, fall 3, rise 2: a dead server is DOWN within a second. */
    static final HealthCheckSpec FAST_HEALTH = new HealthCheckSpec(200, 100, 3, 2);

    BalanceLabApp app;
    Stage stage;

    /** The lab the window opens on: by default the in-code fallback lab with fast heartbeats. */
    Topology topology() {
        return FallbackTopology.create(FAST_HEALTH);
    }

    /**
     * Forgets what an earlier test's window left in the preferences (its size and place, language, recent files), so
     * that every test opens the window as a first start does.
     */
    @BeforeEach
    void open() throws Exception {
        Preferences.userNodeForPackage(BalanceLabApp.class).clear();
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
                    app = new BalanceLabApp(topology());
                    app.start(stage);
                    // laid out before the test looks: tab headers and toolbar items show only after a layout pass
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                })
                .get(Fx.TIMEOUT_S, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(Fx.TIMEOUT_S, TimeUnit.SECONDS);
    }
}
