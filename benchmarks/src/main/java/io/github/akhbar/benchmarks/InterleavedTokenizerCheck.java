package io.github.akhbar.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tokenizer ratios measured so that drift in the machine's speed cancels out. Each round runs
 * the chosen {@link TokenizerBenchmark.Impl}s back to back, through the very code JMH runs
 * ({@code Impl.run} over the same {@link CorpusText} articles), best of three passes each, and
 * the ratios are taken within the round; the report gives their medians and ranges over the
 * rounds after the first quarter (warm-up). A check next to the JMH run, not a replacement for it.
 *
 * <p>Run one Akhbar implementation per JVM, as JMH does with its forks: the sink and the list API
 * both call {@code tokenize(char[], int, int, TokenSink)}, and sharing one JVM would give that call
 * two sink types where each fork of the benchmark sees one.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -cp benchmarks/target/benchmarks.jar \
 *     io.github.akhbar.benchmarks.InterleavedTokenizerCheck 40 AKHBAR_SINK,LUCENE_STANDARD,CHAR_SCAN
 * </pre>
 */
public final class InterleavedTokenizerCheck {

    private InterleavedTokenizerCheck() {
    }

    /**
     * @param args the number of rounds (default 40) and a comma-separated list of implementations
     *             (default {@code AKHBAR_SINK,LUCENE_STANDARD,CHAR_SCAN}); each implementation is
     *             reported as a ratio to every later one in the list
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        TokenizerBenchmark.Impl[] impls = Arrays.stream((args.length > 1 ? args[1] : "AKHBAR_SINK,LUCENE_STANDARD,CHAR_SCAN")
                .split(",")).map(TokenizerBenchmark.Impl::valueOf).toArray(TokenizerBenchmark.Impl[]::new);
        if (rounds < 4 || impls.length < 2) {
            throw new IllegalArgumentException("need at least 4 rounds and 2 implementations");
        }
        TokenizerBenchmark state = new TokenizerBenchmark();
        state.chars = 4_000_000;
        state.impl = impls[0];
        state.setup();
        long keep = 0;
        List<double[]> times = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[] best = new double[impls.length];
            Arrays.fill(best, Double.MAX_VALUE);
            for (int rep = 0; rep < 3; rep++) {
                for (int k = 0; k < impls.length; k++) {
                    long t0 = System.nanoTime();
                    keep += impls[k].run(state);
                    best[k] = Math.min(best[k], System.nanoTime() - t0);
                }
            }
            if (round >= rounds / 4) {
                times.add(best);
            }
        }
        for (int fast = 0; fast < impls.length; fast++) {
            for (int slow = fast + 1; slow < impls.length; slow++) {
                report(impls, times, fast, slow);
            }
        }
        System.out.println("(checksum " + (keep + state.checksum) + ")");
    }

    /** Prints the median and range over the rounds of the speed of impl {@code a} over impl {@code b}. */
    private static void report(TokenizerBenchmark.Impl[] impls, List<double[]> times, int a, int b) {
        double[] r = times.stream().mapToDouble(t -> t[b] / t[a]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-18s / %-18s median %.3f  range %.3f..%.3f  (%d rounds)%n", impls[a], impls[b],
                r[r.length / 2], r[0], r[r.length - 1], r.length);
    }
}
