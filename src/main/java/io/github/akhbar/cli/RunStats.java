package io.github.akhbar.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one CLI run; safe for concurrent updates. */
final class RunStats {
    final AtomicLong read = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong warnings = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong chars = new AtomicLong();
    final long startNanos = System.nanoTime();

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    String summary() {
        double s = Math.max(seconds(), 1e-9);
        double mb = bytes.get() / 1e6;
        return String.format(Locale.ROOT,
                "akhbar: %d read, %d written, %d failed, %d warnings; %.2f MB in %.2f s (%.2f MB/s, %.0f docs/s)",
                read.get(), written.get(), failed.get(), warnings.get(), mb, s, mb / s, written.get() / s);
    }
}
