package io.github.akhbar.benchmarks;

import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.WhitespaceCleaner;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline over a sample of distinct corpus articles; one invocation processes every
 * article once, so ops/s × {@code chars} gives chars/s.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -jar benchmarks/target/benchmarks.jar PipelineBenchmark
 * </pre>
 *
 * <p>{@code CORPUS.jsonl.gz}: a JSONL corpus with a {@code "text"} field per line, gzip or not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class PipelineBenchmark {

    /** Which pipeline to run. */
    public enum Steps {
        /** Whitespace cleanup only. */
        WHITESPACE {
            @Override
            Pipeline pipeline() {
                return Pipeline.of(WhitespaceCleaner.create());
            }
        },
        /** Every step of the CLI, in canonical order: strip, whitespace, normalize, tokens, dates, numbers, ordinals. */
        ALL {
            @Override
            Pipeline pipeline() {
                return io.github.akhbar.cli.Steps.pipeline(io.github.akhbar.cli.Steps.names(),
                        io.github.akhbar.cli.Steps.Config.DEFAULT);
            }
        },
        /** The text-cleaning steps only: strip, whitespace, normalize. */
        CLEAN {
            @Override
            Pipeline pipeline() {
                return io.github.akhbar.cli.Steps.pipeline(java.util.List.of("strip", "whitespace", "normalize"),
                        io.github.akhbar.cli.Steps.Config.DEFAULT);
            }
        },
        /** The annotating steps only, on raw text: tokens, dates, numbers, ordinals. */
        ANNOTATE {
            @Override
            Pipeline pipeline() {
                return io.github.akhbar.cli.Steps.pipeline(java.util.List.of("tokens", "dates", "numbers", "ordinals"),
                        io.github.akhbar.cli.Steps.Config.DEFAULT);
            }
        };

        abstract Pipeline pipeline();
    }

    @Param({"WHITESPACE", "CLEAN", "ANNOTATE", "ALL"})
    public Steps steps;

    /** UTF-16 chars of input per invocation. */
    @Param({"4000000"})
    public long chars;

    private List<String> texts;
    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void setup() {
        texts = CorpusText.articles(chars);
        pipeline = steps.pipeline();
        System.err.printf("PipelineBenchmark: %d articles, %d chars%n", texts.size(), CorpusText.chars(texts));
    }

    @Benchmark
    public void process(Blackhole bh) {
        for (String t : texts) {
            Document d = pipeline.process(Document.of(t));
            bh.consume(d);
        }
    }
}
