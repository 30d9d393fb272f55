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
    requires com.github.benmanes.caffeine;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    // Only the native library (a resource): required so that the launcher's module path resolves it.
    requires io.netty.transport.epoll.linux.x86_64;
    requires java.net.http;

    // The launcher: JavaFX instantiates the Application subclass reflectively. Nothing else is API.
    exports dev.balancelab.app to
            javafx.graphics;

    opens dev.balancelab.cli to
            info.picocli;
    opens dev.balancelab.ui.common to
            javafx.fxml;
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
