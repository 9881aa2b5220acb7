package io.github.akhbar.benchmarks;

import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.number.NumberExtractor;
import io.github.akhbar.number.OrdinalExtractor;
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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number and ordinal extraction over a sample of distinct corpus articles; one invocation
 * processes every article once, so ops/s × the printed UTF-8 byte count gives bytes/s.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -jar benchmarks/target/benchmarks.jar ExtractorBenchmark
 * </pre>
 *
 * <p>{@code REGEX_DIGITS} is a lower bound, not a peer: one {@code java.util.regex} pass finding
 * digit runs of any script with separators (no words, no values, no ordinals).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ExtractorBenchmark {

    /** What to run over each article. */
    public enum Impl {
        /** NumberExtractor then OrdinalExtractor, as the CLI runs them. */
        AKHBAR_NUMBERS_ORDINALS {
            private final Pipeline p = Pipeline.of(NumberExtractor.create(), OrdinalExtractor.create());

            @Override
            Object run(String text) {
                return p.process(Document.of(text));
            }
        },
        /** NumberExtractor alone. */
        AKHBAR_NUMBERS {
            @Override
            Object run(String text) {
                return NumberExtractor.create().process(Document.of(text));
            }
        },
        /** OrdinalExtractor alone. */
        AKHBAR_ORDINALS {
            @Override
            Object run(String text) {
                return OrdinalExtractor.create().process(Document.of(text));
            }
        },
        /** A regex digit scan: the floor any extractor pays to look at every char. */
        REGEX_DIGITS {
            private final Pattern digits = Pattern.compile("[-+]?\\p{Nd}+(?:[.,\u066B\u066C]\\p{Nd}+)*");

            @Override
            Object run(String text) {
                Matcher m = digits.matcher(text);
                int n = 0;
                while (m.find()) {
                    n += m.end() - m.start();
                }
                return n;
            }
        };

        abstract Object run(String text);
    }

    @Param({"AKHBAR_NUMBERS_ORDINALS", "AKHBAR_NUMBERS", "AKHBAR_ORDINALS", "REGEX_DIGITS"})
    public Impl impl;

    /** UTF-16 chars of input per invocation. */
    @Param({"4000000"})
    public long chars;

    private List<String> texts;

    @Setup(Level.Trial)
    public void setup() {
        texts = CorpusText.articles(chars);
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        System.err.printf("ExtractorBenchmark: %d articles, %d chars, %d UTF-8 bytes%n", texts.size(),
                CorpusText.chars(texts), bytes);
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (String t : texts) {
            bh.consume(impl.run(t));
        }
    }
}
