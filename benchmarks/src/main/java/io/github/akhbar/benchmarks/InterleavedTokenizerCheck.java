package io.github.akhbar.benchmarks;

import io.github.akhbar.token.ArabicTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tokenizer ratios measured so that drift in the machine's speed cancels out: each round times
 * the sink API, the list API, Lucene's {@code StandardTokenizer} and a char-sum scan back to back
 * over the same {@link CorpusText} articles as {@code TokenizerBenchmark} (best of three passes
 * each), and the ratios are taken within the round; the report gives their medians and ranges
 * over the rounds after the first quarter (warm-up). A check next to the JMH run, not a
 * replacement for it.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -cp benchmarks/target/benchmarks.jar \
 *     io.github.akhbar.benchmarks.InterleavedTokenizerCheck 40
 * </pre>
 */
public final class InterleavedTokenizerCheck {

    private InterleavedTokenizerCheck() {
    }

    /**
     * @param args the number of rounds (default 40)
     * @throws IOException never (Lucene reads from memory)
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> texts = CorpusText.articles(4_000_000);
        char[][] arrays = new char[texts.size()][];
        for (int k = 0; k < arrays.length; k++) {
            arrays[k] = texts.get(k).toCharArray();
        }
        ArabicTokenizer tokenizer = ArabicTokenizer.create();
        StandardTokenizer lucene = new StandardTokenizer();
        TokenizerBenchmark.Counter counter = new TokenizerBenchmark.Counter();
        long keep = 0;
        List<double[]> times = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[] best = new double[4];
            Arrays.fill(best, Double.MAX_VALUE);
            for (int rep = 0; rep < 3; rep++) {
                long t0 = System.nanoTime();
                for (char[] a : arrays) {
                    tokenizer.tokenize(a, 0, a.length, counter);
                }
                long t1 = System.nanoTime();
                for (String t : texts) {
                    keep += tokenizer.tokenize(t).size();
                }
                long t2 = System.nanoTime();
                for (char[] a : arrays) {
                    lucene.setReader(new CharArrayReader(a));
                    lucene.reset();
                    while (lucene.incrementToken()) {
                        keep++;
                    }
                    lucene.end();
                    lucene.close();
                }
                long t3 = System.nanoTime();
                for (char[] a : arrays) {
                    for (char c : a) {
                        keep += c;
                    }
                }
                long t4 = System.nanoTime();
                double[] t = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
                for (int k = 0; k < 4; k++) {
                    best[k] = Math.min(best[k], t[k]);
                }
            }
            if (round >= rounds / 4) {
                times.add(best);
            }
        }
        report("sink / Lucene", times, 2, 0);
        report("list / Lucene", times, 2, 1);
        report("sink / char scan", times, 3, 0);
        System.out.println("(checksum " + (keep + counter.checksum + counter.count) + ")");
    }

    /** Prints the median and range over the rounds of time[slower] / time[faster]. */
    private static void report(String name, List<double[]> times, int num, int den) {
        double[] r = times.stream().mapToDouble(t -> t[num] / t[den]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-18s median %.3f  range %.3f..%.3f  (%d rounds)%n", name, r[r.length / 2], r[0],
                r[r.length - 1], r.length);
    }
}
