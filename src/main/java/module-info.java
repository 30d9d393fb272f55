/** Balance Lab: a JavaFX lab for load balancing and failover. */
module dev.balancelab {
    requires javafx.controls;
    requires javafx.fxml;
    requires javafx.swing;
    requires java.desktop;
    requires java.prefs;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires info.picocli;
    requires HdrHistogram;

    exports dev.balancelab.domain;
    exports dev.balancelab.balancing;
    exports dev.balancelab.health;
    exports dev.balancelab.engine;
    exports dev.balancelab.telemetry;
    exports dev.balancelab.io;
    exports dev.balancelab.cli;
    exports dev.balancelab.app;
    exports dev.balancelab.ui.common;
    exports dev.balancelab.ui.shell;
    exports dev.balancelab.ui.topology;
    exports dev.balancelab.ui.health;
    exports dev.balancelab.ui.hashring;
    exports dev.balancelab.ui.inspector;
    exports dev.balancelab.ui.scenario;
    exports dev.balancelab.ui.charts;
    exports dev.balancelab.ui.editor;

    opens dev.balancelab.cli to
            info.picocli;
    opens dev.balancelab.ui.shell to
            javafx.fxml;
    opens dev.balancelab.ui.topology to
            javafx.fxml;
    opens dev.balancelab.ui.health to
            javafx.fxml;
    opens dev.balancelab.ui.hashring to
            javafx.fxml;
    opens dev.balancelab.ui.inspector to
            javafx.fxml;
    opens dev.balancelab.ui.charts to
            javafx.fxml;
    opens dev.balancelab.ui.editor to
            javafx.fxml;
}
