package dev.balancelab.bench;

import dev.balancelab.app.BalanceLabApp;
import dev.balancelab.domain.AlgorithmKind;
import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.ClientSpec;
import dev.balancelab.domain.FailureKind;
import dev.balancelab.domain.HealthCheckSpec;
import dev.balancelab.domain.Position;
import dev.balancelab.domain.RetrySpec;
import dev.balancelab.domain.ServerId;
import dev.balancelab.domain.ServerSpec;
import dev.balancelab.domain.ServiceTime;
import dev.balancelab.domain.Topology;
import dev.balancelab.ui.topology.DotLayer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame-time benchmark of the lab window (not a unit test): opens the real window on a topology that holds
 * {@code inFlight} requests in flight (see {@link #topology}), lets it warm up, then records every pulse and prints
 * the median and p99 of
 *
 * <ul>
 *   <li><b>handle</b>: wall time of the lab feed's {@code AnimationTimer.handle} (drain the events, move and draw
 *       the dots, every other frame listener), in ms;</li>
 *   <li><b>pulse</b>: interval between consecutive pulses (the {@code now} JavaFX hands to the timers), in ms, which
 *       also holds layout, CSS and the (software) rendering of the frame;</li>
 *   <li><b>frame</b>: the frame time, wall time from the start of a pulse (the {@code now} of its timers) to the end
 *       of rendering that pulse's frame on Prism's render thread, in ms, over the pulses that rendered a frame of the
 *       window (a pulse in which nothing changed renders none). It is what JavaFX's own pulse logger
 *       ({@code -Djavafx.pulseLogger=true}) prints as the second figure of {@code [n interval ms:total ms]}, but in
 *       ns, not whole ms: a pulse's CSS, layout and sync on the FX thread plus the rasterising and compositing on
 *       the render thread, without the wait for the next vsync-paced pulse that the interval holds. The end is the
 *       scene's rendered-frame callback ({@code com.sun.javafx.perf.PerformanceTracker}, the hook behind
 *       {@code -Djavafx.perf}); the pulse it belongs to is the last one whose scenes were synchronised before it
 *       (JavaFX renders at most one frame at a time: the next pulse's sync waits for it);</li>
 *   <li><b>cpu per pulse</b>: CPU time the FX thread (events, CSS, layout) and Prism's render thread (rasterising and
 *       compositing) used while recording, over the pulses recorded, in ms: what a frame costs, much less moved by
 *       other processes on the machine than the pulse interval.</li>
 * </ul>
 *
 * The feed's handle time is bracketed by two empty timers, one started before the window opens and one after: JavaFX
 * calls animation timers in the order they were started, so the gap between them is the feed's handle. Run it once
 * with {@code 0} in flight for the baseline. See BENCHMARKS.md ("Frame time") for the command.
 *
 * <p>Arguments: {@code inFlight [warmupSeconds=10] [recordSeconds=20] [holdSeconds=0]}; {@code holdSeconds} keeps
 * the window open after recording (for a screenshot). {@link FrameBisect} lists the switches that hide parts of
 * the window.
 */
public final class FrameBench {
    private static final double SERVICE_MS = 1_000;
    private static final int SERVERS = 100;
    /** Worker threads of all servers together per 100 requests in flight (few threads: the engine leaves the UI be). */
    private static final int WORKERS_PER_100 = 4;

    private static final int GRID = 10;
    private static final int MAX_PULSES = 100_000;
    private static final String FX_THREAD = "JavaFX Application Thread";
    /** Prism's render thread: rasterises and composites each frame (software pipeline). */
    private static final String RENDER_THREAD = "QuantumRenderer-0";

    private final long[] handle = new long[MAX_PULSES];
    private final long[] pulse = new long[MAX_PULSES];
    private final long[] frame = new long[MAX_PULSES];
    private int pulses;
    /** Frames rendered while recording; written by the render thread only. */
    private volatile int frames;
    /** Start of the pulse whose frame is being rendered, 0 if none; written after its sync, read at render end. */
    private final AtomicLong rendering = new AtomicLong();
    /** The post-scene pulse listener, held here: the toolkit keeps its listeners in a weak map. */
    private Object synced;
    /** Start ({@code now}) of the current pulse, FX thread. */
    private long pulseStart;

    private volatile boolean recording;
    private long before;
    private long lastNow;

    private final AnimationTimer first = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (recording && lastNow != 0 && pulses < MAX_PULSES) {
                pulse[pulses] = now - lastNow;
            }
            lastNow = now;
            pulseStart = now;
            before = System.nanoTime();
        }
    };
    private final AnimationTimer last = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long after = System.nanoTime();
            if (recording && pulses < MAX_PULSES && pulse[pulses] != 0) {
                handle[pulses++] = after - before;
            }
        }
    };

    private FrameBench() {}

    /** See the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int inFlight = Integer.parseInt(args[0]);
        long warmup = args.length > 1 ? Long.parseLong(args[1]) : 10;
        long record = args.length > 2 ? Long.parseLong(args[2]) : 20;
        long hold = args.length > 3 ? Long.parseLong(args[3]) : 0;
        System.setProperty("balancelab.autostart", "true");
        new FrameBench().run(inFlight, warmup, record, hold);
        Platform.exit();
        System.exit(0);
    }

    private void run(int inFlight, long warmup, long record, long hold) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        RuntimeException[] failed = new RuntimeException[1];
        Platform.startup(() -> {
            try {
                first.start();
                new BalanceLabApp(topology(inFlight)).start(new Stage());
                last.start();
                trackFrames(window().getScene());
                FrameBisect.apply(window().getScene().getRoot());
            } catch (RuntimeException e) {
                failed[0] = e;
            } finally {
                shown.countDown();
            }
        });
        shown.await();
        if (failed[0] != null) {
            throw failed[0];
        }
        TimeUnit.SECONDS.sleep(warmup);
        long[] cpuBefore = {cpuNanos(FX_THREAD), cpuNanos(RENDER_THREAD)};
        Platform.runLater(() -> recording = true);
        TimeUnit.SECONDS.sleep(record);
        long[] cpu = {cpuNanos(FX_THREAD) - cpuBefore[0], cpuNanos(RENDER_THREAD) - cpuBefore[1]};
        int[] drawn = new int[1];
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            recording = false;
            Parent root = window().getScene().getRoot();
            drawn[0] = find(root, DotLayer.class).drawnDots();
            FrameBisect.recount(root);
            stopped.countDown();
        });
        stopped.await();
        System.out.printf(
                Locale.ROOT,
                "inFlight=%d pulses=%d handle median=%.2f p99=%.2f max=%.2f ms"
                        + " | pulse median=%.2f p99=%.2f max=%.2f ms"
                        + " | frame median=%.2f p99=%.2f max=%.2f ms (%d frames) | cpu per pulse fx=%.2f render=%.2f ms"
                        + " | dots drawn=%d%n",
                inFlight,
                pulses,
                ms(handle, 0.5),
                ms(handle, 0.99),
                ms(handle, 1),
                ms(pulse, 0.5),
                ms(pulse, 0.99),
                ms(pulse, 1),
                ms(frame, frames, 0.5),
                ms(frame, frames, 0.99),
                ms(frame, frames, 1),
                frames,
                cpu[0] / 1e6 / Math.max(1, pulses),
                cpu[1] / 1e6 / Math.max(1, pulses),
                drawn[0]);
        TimeUnit.SECONDS.sleep(hold);
    }

    /** CPU time the thread named {@code name} has used so far, in ns (0 if there is none). */
    private static long cpuNanos(String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name))
                .mapToLong(t -> threads.getThreadCpuTime(t.getId()))
                .sum();
    }

    private static Stage window() {
        return (Stage) javafx.stage.Window.getWindows().get(0);
    }

    static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The {@code q} quantile of the recorded per-pulse values, in ms. */
    private double ms(long[] values, double q) {
        return ms(values, pulses, q);
    }

    /** The {@code q} quantile of the first {@code n} values, in ms (0 if there are none). */
    private static double ms(long[] values, int n, double q) {
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(q * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, i))] / 1e6;
    }

    /**
     * Records a frame time each time the render thread has rendered a frame of {@code scene}: a pulse's start is
     * handed over once its scenes are synchronised (a post-scene pulse listener of the toolkit, after the sync that
     * waits for the previous frame), and taken by the scene's rendered-frame callback. Reached by reflection:
     * {@code com.sun.javafx.tk} and {@code com.sun.javafx.perf} are not exported, and JavaFX runs from the class
     * path here (the unnamed module), so they can be called but not compiled against from inside this module.
     */
    private void trackFrames(Scene scene) {
        try {
            Class<?> toolkit = Class.forName("com.sun.javafx.tk.Toolkit");
            Class<?> listener = Class.forName("com.sun.javafx.tk.TKPulseListener");
            synced = Proxy.newProxyInstance(
                    listener.getClassLoader(), new Class<?>[] {listener}, (p, m, a) -> switch (m.getName()) {
                        case "pulse" -> {
                            rendering.set(pulseStart);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == a[0];
                        default -> "frame-time listener";
                    });
            toolkit.getMethod("addPostSceneTkPulseListener", listener)
                    .invoke(toolkit.getMethod("getToolkit").invoke(null), synced);
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object sceneTracker =
                    tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Runnable rendered = this::rendered;
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(sceneTracker, rendered);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("frame time: JavaFX internals not reachable (run from the class path)", e);
        }
    }

    /** Render thread: the frame of the pulse that started at {@link #rendering} is on screen. */
    private void rendered() {
        long end = System.nanoTime();
        long start = rendering.getAndSet(0);
        int n = frames;
        if (start != 0 && recording && n < MAX_PULSES) {
            frame[n] = end - start;
            frames = n + 1;
        }
    }

    /**
     * Two clients and 100 overloaded servers (a 10 × 10 grid on the right 60 % of the canvas) whose busy workers and
     * full queues hold {@code inFlight} requests: in all {@code 4 × inFlight / 100} workers (1 s fixed service time)
     * and queues for the rest. The clients send {@code inFlight / 5} req/s, five times what the workers serve; the
     * surplus is rejected (red dots). Few worker threads, so the engine leaves the two cores to the UI.
     */
    private static Topology topology(int inFlight) {
        double rate = inFlight / 5.0;
        int workers = Math.max(1, WORKERS_PER_100 * inFlight / 100 / SERVERS);
        int queue = Math.max(0, inFlight / SERVERS - workers);
        List<ServerSpec> servers = new ArrayList<>();
        for (int i = 1; i <= SERVERS; i++) {
            servers.add(new ServerSpec(
                    ServerId.of("s" + i),
                    "Server " + i,
                    1,
                    workers,
                    queue,
                    ServiceTime.fixed(SERVICE_MS),
                    FailureKind.NONE,
                    new Position(0.4 + 0.6 * ((i - 1) % GRID + 0.5) / GRID, ((i - 1) / GRID + 0.5) / GRID)));
        }
        List<ClientSpec> clients = List.of(
                new ClientSpec("c1", "Web", rate / 2, 1_000, new Position(0.12, 0.3)),
                new ClientSpec("c2", "Mobile", rate / 2, 1_000, new Position(0.12, 0.7)));
        var balancer = new BalancerSpec(
                AlgorithmKind.ROUND_ROBIN, AlgorithmParams.DEFAULT, HealthCheckSpec.DEFAULT, new RetrySpec(1, 0));
        return new Topology("Frame bench: " + inFlight + " in flight", "", clients, balancer, servers, List.of());
    }
}
