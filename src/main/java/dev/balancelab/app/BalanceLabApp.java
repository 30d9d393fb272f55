package dev.balancelab.app;

import dev.balancelab.domain.Topology;
import dev.balancelab.io.SampleTopologies;
import dev.balancelab.io.TopologyFileException;
import dev.balancelab.io.TopologyFiles;
import dev.balancelab.ui.common.CjkFont;
import dev.balancelab.ui.common.I18n;
import dev.balancelab.ui.common.LabDocument;
import dev.balancelab.ui.compare.CompareWindow;
import dev.balancelab.ui.shell.DocumentException;
import dev.balancelab.ui.shell.Documents;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application and composition root: the only place that builds the engine and the window's ViewModels
 * (through {@link LabSession}).
 *
 * <p>Demo switches: {@code -Dbalancelab.autostart=true} starts lab time as soon as the window opens; {@code
 * -Dbalancelab.open=FILE} opens a topology file instead of the first sample (screenshots of large labs).
 */
public final class BalanceLabApp extends Application {
    private final Supplier<Topology> initial;
    private final boolean remembersLanguage;
    private LabSession session;

    /**
     * Opens on the first bundled sample topology, in the language chosen last time (at first, the system locale's).
     */
    public BalanceLabApp() {
        this(BalanceLabApp::firstLab, true);
    }

    /** Opens on {@code topology} in the language in use ({@link I18n#locale()}), not stored when switched (tests). */
    public BalanceLabApp(Topology topology) {
        this(() -> topology, false);
    }

    private BalanceLabApp(Supplier<Topology> initial, boolean remembersLanguage) {
        this.initial = initial;
        this.remembersLanguage = remembersLanguage;
    }

    private static Topology firstLab() {
        try {
            String file = System.getProperty("balancelab.open");
            return file != null
                    ? TopologyFiles.load(Path.of(file))
                    : SampleTopologies.load(SampleTopologies.names().get(0));
        } catch (TopologyFileException e) {
            throw new IllegalStateException("cannot open the first lab: " + e.getMessage(), e);
        }
    }

    @Override
    public void start(Stage stage) {
        CjkFont.load();
        LanguageChoice language = LanguageChoice.forUser();
        if (remembersLanguage) {
            I18n.setLocale(language.language(Locale.getDefault()));
        }
        session = new LabSession(stage, RecentFiles.forUser(), remembersLanguage ? language::store : chosen -> {});
        session.show(initial.get());
        WindowPlacement.forUser().apply(stage);
        stage.setOnCloseRequest(e -> {
            if (!session.mayClose()) {
                e.consume();
            }
        });
        stage.show();
        if (Boolean.getBoolean("balancelab.realHttp")) { // Lab → Real HTTP at start (tools/load-real-http.sh)
            try {
                session.setRealHttp(true).ifPresent(proxy -> System.out.println("real HTTP proxy: " + proxy));
            } catch (DocumentException e) {
                System.err.println(e.getMessage());
            }
        }
        if (Boolean.getBoolean("balancelab.autostart")) {
            session.start();
        }
    }

    /** Opening, saving, exporting and undo, as the menus do them (tests). */
    public Documents documents() {
        return session;
    }

    /** The edited topology and the selection, as the canvas and the Edit tab use them (tests). */
    public LabDocument lab() {
        return session.document();
    }

    /** The last View → Compare window opened, or null (tests). */
    public CompareWindow compareWindow() {
        return session.compareWindow();
    }

    @Override
    public void stop() {
        if (session != null && session.compareWindow() != null) {
            session.compareWindow().stage().hide();
        }
        if (session != null) {
            session.close();
        }
    }
}
