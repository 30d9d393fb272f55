package dev.balancelab.ui.shell;

import dev.balancelab.io.GifWriter;
import dev.balancelab.ui.common.I18n;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * File → Record Animation: records a node into an animated GIF ({@link GifWriter}) until stopped. On the FX thread a
 * snapshot is taken at most {@link #FPS} times a second, and only once the encoder thread has written the previous
 * one, so a slow encoder lowers the frame rate instead of piling frames up: at most two frames are in memory. Each
 * frame is shown for the wall time until the next was taken, so the GIF plays at the pace it was recorded. A
 * recording stops by itself after {@link #MAX_SECONDS}. Use from the FX thread.
 */
final class AnimationRecorder {
    /** Frames per second at most. */
    static final int FPS = 10;
    /** Longest recording, in seconds of wall time. */
    static final int MAX_SECONDS = 60;

    private static final long LAST_FRAME_MS = 1_000 / FPS;

    private final Node node;
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(1_000.0 / FPS), e -> tick()));
    private final AtomicBoolean encoding = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ExecutorService encoder;
    private Session session;
    private long startNanos;

    /** A recorder of {@code node}. */
    AnimationRecorder(Node node) {
        this.node = node;
        ticks.setCycleCount(Timeline.INDEFINITE);
    }

    /** True from {@link #start} to {@link #stop}. */
    ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** "● REC 4.2 s" while recording, then where the GIF went (or why it failed); empty before the first. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A status-bar label showing {@link #statusProperty()}, red while recording. */
    Label indicator() {
        Label label = new Label();
        label.textProperty().bind(status);
        label.getStyleClass().add("status-recording");
        label.styleProperty()
                .bind(Bindings.when(recording).then("-fx-text-fill: #e03131;").otherwise(""));
        return label;
    }

    /**
     * Starts recording into {@code file} (created or truncated).
     *
     * @throws IOException if the file cannot be created
     * @throws IllegalStateException if already recording
     */
    void start(Path file) throws IOException {
        if (recording.get()) {
            throw new IllegalStateException("already recording");
        }
        session = new Session(file, new GifWriter(file));
        encoder = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "gif-encoder");
            thread.setDaemon(true);
            return thread;
        });
        startNanos = System.nanoTime();
        recording.set(true);
        tick();
        ticks.play();
    }

    /**
     * Stops recording; the GIF is finished on the encoder thread. Does nothing if not recording.
     *
     * @return completes with the frames written, on the FX thread, once the file is closed
     */
    CompletableFuture<Integer> stop() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        if (!recording.get()) {
            done.complete(0);
            return done;
        }
        ticks.stop();
        recording.set(false);
        status.set(I18n.t("record.saving"));
        Session finishing = session;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        encoder.execute(() -> {
            Optional<IOException> failure = finishing.finish();
            Platform.runLater(() -> {
                status.set(failure.map(e -> I18n.t("record.failed", e.getMessage()))
                        .orElseGet(() -> I18n.t(
                                "record.saved",
                                finishing.file.getFileName(),
                                finishing.gif.frames(),
                                String.format(Locale.ROOT, "%.1f", seconds))));
                done.complete(finishing.gif.frames());
            });
        });
        encoder.shutdown();
        return done;
    }

    private void tick() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (seconds >= MAX_SECONDS) {
            stop();
            return;
        }
        status.set(I18n.t("record.indicator", String.format(Locale.ROOT, "%.1f", seconds)));
        if (!encoding.compareAndSet(false, true)) {
            return;
        }
        BufferedImage frame = SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
        long taken = System.nanoTime();
        Session writing = session;
        encoder.execute(() -> {
            writing.add(frame, taken);
            encoding.set(false);
        });
    }

    /** One recording, on the encoder thread: holds back the newest frame until the next tells its delay. */
    private static final class Session {
        private final Path file;
        private final GifWriter gif;
        private BufferedImage held;
        private long heldNanos;
        private IOException failure;

        Session(Path file, GifWriter gif) {
            this.file = file;
            this.gif = gif;
        }

        void add(BufferedImage frame, long takenNanos) {
            writeHeld((takenNanos - heldNanos) / 1_000_000);
            held = frame;
            heldNanos = takenNanos;
        }

        /** Writes the last frame and closes the file; the first error met while recording, if any. */
        Optional<IOException> finish() {
            writeHeld(LAST_FRAME_MS);
            try {
                gif.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
            return Optional.ofNullable(failure);
        }

        private void writeHeld(long delayMs) {
            if (held == null || failure != null) {
                return;
            }
            try {
                gif.write(held, delayMs);
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
