package prepdeck.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import prepdeck.app.ImportProgress;

/** A progress bar on stderr for an import that has run longer than a second, drawn only on a terminal. */
final class ProgressDisplay implements ImportProgress, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long startNanos;
    private ProgressBar bar;

    ProgressDisplay(PrintStream err, boolean terminal, long startNanos) {
        this.err = err;
        this.terminal = terminal;
        this.startNanos = startNanos;
    }

    @Override
    public void advanced(int done, int total, String currentPath) {
        if (!terminal) return;
        if (bar == null) {
            if (System.nanoTime() - startNanos < SHOW_AFTER_NANOS || done >= total) return;
            bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(100).continuousUpdate().build();
        }
        bar.stepTo(done);
        bar.setExtraMessage(currentPath);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
