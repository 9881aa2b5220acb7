package io.github.akhbar.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress line of {@code process} on a terminal: drawn when the run starts and redrawn once
 * a second ({@code \r} then erase-line, {@code ESC [K}), erased before every message and when the
 * run ends, so that messages and the summary never land in the middle of it.
 */
final class Progress implements AutoCloseable {

    static final String CLEAR = "\r\033[K";

    private final PrintStream err;
    private final RunStats stats;
    private final AtomicLong consumed;
    private final long total;
    private final ScheduledExecutorService timer;
    private boolean shown;

    /**
     * @param consumed raw input bytes read so far
     * @param total    raw bytes of all inputs, or -1 if unknown (standard input)
     */
    Progress(PrintStream err, RunStats stats, AtomicLong consumed, long total) {
        this.err = err;
        this.stats = stats;
        this.consumed = consumed;
        this.total = total;
        draw();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "akhbar-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    /** @return the progress text: documents, MB, MB/s and, when the total is known, percentage and ETA */
    String line() {
        double s = Math.max(stats.seconds(), 1e-9);
        double mb = stats.bytes.get() / 1e6;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d docs, %.1f MB, %.1f MB/s",
                stats.written.get(), mb, mb / s));
        long done = consumed.get();
        if (total > 0) {
            sb.append(String.format(Locale.ROOT, ", %d%%", Math.min(100, done * 100 / total)));
            if (done > 0) {
                long left = (long) ((total - done) / (done / s));
                sb.append(String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60));
            }
        }
        return sb.toString();
    }

    private void draw() {
        synchronized (err) {
            err.print(CLEAR + line());
            err.flush();
            shown = true;
        }
    }

    /** Prints a message on its own line, erasing the progress line first. */
    void println(String message) {
        synchronized (err) {
            if (shown) {
                err.print(CLEAR);
                shown = false;
            }
            err.println(message);
        }
    }

    /** Stops redrawing and erases the line. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (err) {
            err.print(CLEAR);
            err.flush();
            shown = false;
        }
    }
}
