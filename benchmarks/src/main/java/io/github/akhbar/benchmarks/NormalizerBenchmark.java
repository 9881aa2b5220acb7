package io.github.akhbar.benchmarks;

import io.github.akhbar.normalize.ArabicNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Arabic normalization throughput, Akhbar against its peers, side by side over the same sample of
 * distinct corpus articles. One invocation normalizes every article once, so ops/s × {@code chars}
 * gives chars/s (× 2 for MB/s of UTF-16, or divide by the article count for docs/s).
 *
 * <ul>
 *   <li>{@code *_CHARS} variants copy each article into one reused {@code char[]} and normalize
 *       it in place (Lucene's {@code normalize(char[], int)} shape); the copy is part of every
 *       such variant's cost.</li>
 *   <li>{@code *_TOKENS} variants normalize whitespace-separated tokens one call each, the way
 *       Lucene's token filter uses its normalizer (whole articles penalise Lucene, whose
 *       {@code delete} shifts the rest of the buffer for every removed mark).</li>
 *   <li>{@code *_STRING} variants and the NFKC peers take a {@code String} and return one.</li>
 *   <li>{@code input=normalized} feeds text already normalized by {@code forSearch()}: the fast
 *       path, which should allocate nothing (check with {@code -prof gc}).</li>
 * </ul>
 *
 * <pre>
 * java -Dakhbar.corpus="CORPUS.jsonl.gz" -jar benchmarks/target/benchmarks.jar NormalizerBenchmark
 * java -Dakhbar.corpus="CORPUS.jsonl.gz" -jar benchmarks/target/benchmarks.jar NormalizerBenchmark -p input=normalized -prof gc
 * </pre>
 * where {@code CORPUS} is the path of a JSONL(.gz) corpus with a {@code "text"} field.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class NormalizerBenchmark {

    /** The implementations compared. */
    public enum Impl {
        /** {@code ArabicNormalizer.forSearch()}, in-place {@code char[]} primitive. */
        AKHBAR_SEARCH_CHARS,
        /** {@code ArabicNormalizer.forSearch()}, {@code String} API. */
        AKHBAR_SEARCH_STRING,
        /** {@code ArabicNormalizer.luceneCompatible()}, in-place {@code char[]} primitive. */
        AKHBAR_LUCENE_CHARS,
        /** Lucene 9 {@code org.apache.lucene.analysis.ar.ArabicNormalizer}, in place. */
        LUCENE,
        /** {@code luceneCompatible()} on whitespace-separated tokens, one call each (Lucene's use). */
        AKHBAR_LUCENE_TOKENS,
        /** Lucene's {@code ArabicNormalizer} on the same tokens, one call each. */
        LUCENE_TOKENS,
        /** ICU4J {@code Normalizer2.getNFKCInstance()}. */
        ICU_NFKC,
        /** {@code java.text.Normalizer} NFKC. */
        JDK_NFKC
    }

    @Param({"AKHBAR_SEARCH_CHARS", "AKHBAR_SEARCH_STRING", "AKHBAR_LUCENE_CHARS", "LUCENE", "AKHBAR_LUCENE_TOKENS",
            "LUCENE_TOKENS", "ICU_NFKC", "JDK_NFKC"})
    public Impl impl;

    /** {@code raw} corpus text, or the same text already normalized for search. */
    @Param({"raw"})
    public String input;

    /** UTF-16 chars of input per invocation. */
    @Param({"4000000"})
    public long chars;

    private List<String> texts;
    private char[][] sources;
    private char[][] tokens;
    private char[] buffer;
    private final ArabicNormalizer search = ArabicNormalizer.forSearch();
    private final ArabicNormalizer lucene = ArabicNormalizer.luceneCompatible();
    private final org.apache.lucene.analysis.ar.ArabicNormalizer luceneNormalizer =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();
    private final com.ibm.icu.text.Normalizer2 icu = com.ibm.icu.text.Normalizer2.getNFKCInstance();

    @Setup(Level.Trial)
    public void setup() {
        List<String> raw = CorpusText.articles(chars);
        texts = new ArrayList<>(raw.size());
        for (String t : raw) {
            texts.add(input.equals("normalized") ? search.normalize(t) : t);
        }
        sources = new char[texts.size()][];
        int cap = 16;
        for (int k = 0; k < texts.size(); k++) {
            sources[k] = texts.get(k).toCharArray();
            cap = Math.max(cap, search.requiredCapacity(sources[k], 0, sources[k].length));
        }
        buffer = new char[cap];
        List<char[]> toks = new ArrayList<>();
        for (String t : texts) {
            for (String tok : t.split("\\s+")) {
                if (!tok.isEmpty()) {
                    toks.add(tok.toCharArray());
                }
            }
        }
        tokens = toks.toArray(new char[0][]);
        System.err.printf("NormalizerBenchmark: %d articles, %d chars, input=%s%n", texts.size(),
                CorpusText.chars(texts), input);
    }

    @Benchmark
    public long normalize(Blackhole bh) {
        long total = 0;
        switch (impl) {
            case AKHBAR_SEARCH_CHARS:
                for (char[] s : sources) {
                    System.arraycopy(s, 0, buffer, 0, s.length);
                    total += search.normalize(buffer, 0, s.length);
                }
                break;
            case AKHBAR_LUCENE_CHARS:
                for (char[] s : sources) {
                    System.arraycopy(s, 0, buffer, 0, s.length);
                    total += lucene.normalize(buffer, 0, s.length);
                }
                break;
            case LUCENE:
                for (char[] s : sources) {
                    System.arraycopy(s, 0, buffer, 0, s.length);
                    total += luceneNormalizer.normalize(buffer, s.length);
                }
                break;
            case AKHBAR_LUCENE_TOKENS:
                for (char[] s : tokens) {
                    System.arraycopy(s, 0, buffer, 0, s.length);
                    total += lucene.normalize(buffer, 0, s.length);
                }
                break;
            case LUCENE_TOKENS:
                for (char[] s : tokens) {
                    System.arraycopy(s, 0, buffer, 0, s.length);
                    total += luceneNormalizer.normalize(buffer, s.length);
                }
                break;
            case AKHBAR_SEARCH_STRING:
                for (String t : texts) {
                    String out = search.normalize(t);
                    bh.consume(out);
                    total += out.length();
                }
                break;
            case ICU_NFKC:
                for (String t : texts) {
                    String out = icu.normalize(t);
                    bh.consume(out);
                    total += out.length();
                }
                break;
            case JDK_NFKC:
                for (String t : texts) {
                    String out = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC);
                    bh.consume(out);
                    total += out.length();
                }
                break;
            default:
                throw new AssertionError(impl);
        }
        bh.consume(buffer);
        return total;
    }
}
