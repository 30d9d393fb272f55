package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.ui.common.I18n;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Lab → Real HTTP in the window: the lab is rebuilt with a proxy on loopback, the status bar names it, a real request
 * through it is counted with the simulated ones, and switching it off closes the port. One request, loopback only.
 */
class RealHttpWindowTest extends LabWindowTest {
    @Test
    void realHttpServesARequestCountedWithTheLab(FxRobot robot) throws Exception {
        toggle(robot);
        Fx.await(() -> fx(() -> robot.lookup("#realHttp").queryAs(Label.class).isVisible()));
        String status = fx(() -> robot.lookup("#realHttp").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Real HTTP: http://127.0.0.1:"), status);
        URI proxy = URI.create(status.substring(status.indexOf("http://")));
        robot.clickOn("#startPause");

        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(proxy.resolve("/hello?key=user-1"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("X-Served-By").isPresent());
        assertTrue(fx(() -> menuItem(robot).isSelected()));

        toggle(robot);
        Fx.await(() -> !fx(() -> robot.lookup("#realHttp").queryAs(Label.class).isVisible()));
        assertFalse(fx(() -> menuItem(robot).isSelected()));
        try (Socket socket = new Socket()) {
            assertThrowsConnect(socket, proxy);
        }
    }

    private static void assertThrowsConnect(Socket socket, URI proxy) {
        boolean refused = false;
        try {
            socket.connect(new InetSocketAddress(proxy.getHost(), proxy.getPort()), 5_000);
        } catch (IOException e) {
            refused = true;
        }
        assertTrue(refused, "the proxy's port is closed once real HTTP is off");
    }

    /** Switches Lab → Real HTTP (its check menu item). */
    static void toggle(FxRobot robot) throws Exception {
        Fx.run(() -> {
            CheckMenuItem item = menuItem(robot);
            item.setSelected(!item.isSelected());
            item.fire();
        });
    }

    private static CheckMenuItem menuItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> I18n.t("menu.lab.realHttp").equals(i.getText()))
                .map(CheckMenuItem.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
