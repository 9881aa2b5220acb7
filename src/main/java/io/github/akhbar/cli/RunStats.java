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
    final java.util.concurrent.atomic.LongAdder[] stepNanos;

    RunStats(int steps) {
        stepNanos = new java.util.concurrent.atomic.LongAdder[steps];
        for (int i = 0; i < steps; i++) {
            stepNanos[i] = new java.util.concurrent.atomic.LongAdder();
        }
    }

    /** One line per step: MB/s of input per thread-second spent in that step. */
    String stepSummary(java.util.List<String> names) {
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
                "akhbar: %d read, %d written, %d failed, %d warnings; %.2f MB in %.2f s (%.2f MB/s, %.0f docs/s)",
                read.get(), written.get(), failed.get(), warnings.get(), mb, s, mb / s, written.get() / s);
    }
}
