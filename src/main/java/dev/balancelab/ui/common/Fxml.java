package dev.balancelab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML file from {@code /fxml/} with a controller built in code (so it can take its ViewModel) and the
 * texts of the language in use ({@code %key} from {@link I18n#bundle()}).
 */
public final class Fxml {
    private Fxml() {}

    /**
     * Loads {@code /fxml/<name>.fxml} with {@code controller} as its controller.
     *
     * @throws UncheckedIOException if the file is missing or malformed (a packaging bug, not a user error)
     */
    public static Parent load(String name, Object controller) {
        URL url = Objects.requireNonNull(Fxml.class.getResource("/fxml/" + name + ".fxml"), name + ".fxml");
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setController(controller);
        loader.setResources(I18n.bundle());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
