package io.github.akhbar.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one {@code process} run; safe for concurrent updates.
 *
 * <p>Records: every non-blank JSONL line and every text document is one record, and
 * {@code read = written + failed}. Inputs (a file that cannot be opened, a directory that cannot
 * be listed, a stream that breaks off, such as a truncated gzip file) are counted apart, as
 * {@code inputsFailed}: the records read from such an input before the break are ordinary records.
 */
final class RunStats {
    final AtomicLong written = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong inputsFailed = new AtomicLong();
    final AtomicLong warnings = new AtomicLong();
    /** Bytes read from the inputs, after gzip decompression. */
    final AtomicLong bytes = new AtomicLong();
    final long startNanos = System.nanoTime();
    final LongAdder[] stepNanos;

    RunStats(int steps) {
        stepNanos = new LongAdder[steps];
        for (int i = 0; i < steps; i++) {
            stepNanos[i] = new LongAdder();
        }
    }

    long read() {
        return written.get() + failed.get();
    }

    /** One line per step: its thread-seconds and MB of input per thread-second. */
    String stepSummary(List<String> names) {
        StringBuilder sb = new StringBuilder();
        double mb = bytes.get() / 1e6;
        for (int i = 0; i < stepNanos.length; i++) {
            double s = stepNanos[i].sum() / 1e9;
            sb.append(String.format(Locale.ROOT, "akhbar: step %-10s %8.2f s %10.2f MB/s per thread%n",
                    names.get(i), s, s > 0 ? mb / s : 0.0));
        }
        return sb.toString();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    String summary() {
        double s = Math.max(seconds(), 1e-9);
        double mb = bytes.get() / 1e6;
        return String.format(Locale.ROOT,
                "akhbar: %d read, %d written, %d failed, %d warnings, %d inputs failed;"
                        + " %.2f MB in %.2f s (%.2f MB/s, %.0f docs/s)",
                read(), written.get(), failed.get(), warnings.get(), inputsFailed.get(), mb, s, mb / s,
                written.get() / s);
    }
}
