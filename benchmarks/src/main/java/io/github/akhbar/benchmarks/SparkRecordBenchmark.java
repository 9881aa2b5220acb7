package io.github.akhbar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.cli.Jsonl;
import io.github.akhbar.cli.Steps;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The work a Spark executor does per partition (see docs/spark.md), without Spark: JSONL
 * records of distinct corpus articles through {@code Jsonl.processLine}, with the pipeline
 * obtained in the ways a job could obtain it. One invocation processes every record once, in
 * "partitions" of {@code partition} records; ops/s × {@code chars} gives chars/s.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -jar benchmarks/target/benchmarks.jar SparkRecordBenchmark
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
public class SparkRecordBenchmark {

    /** How each partition gets its pipeline. */
    public enum Impl {
        /** {@code Steps.pipeline} once per partition, on the executor: the recommended form. */
        PER_PARTITION,
        /** {@code Steps.pipeline} for every record. */
        PER_RECORD,
        /** A pipeline built on the driver, Java-deserialized once per partition (closure capture). */
        DESERIALIZED,
        /** The pipeline on documents, no JSON parsing or writing: the floor. */
        DOCUMENTS_ONLY
    }

    @Param({"PER_PARTITION", "PER_RECORD", "DESERIALIZED", "DOCUMENTS_ONLY"})
    public Impl impl;

    /** UTF-16 chars of article text per invocation. */
    @Param({"4000000"})
    public long chars;

    /** Records per partition. */
    @Param({"1000"})
    public int partition;

    private List<String> texts;
    private List<String> lines;
    private List<String> steps;
    private byte[] serializedPipeline;

    @Setup(Level.Trial)
    public void setup() {
        texts = CorpusText.articles(chars);
        lines = new ArrayList<>(texts.size());
        JsonFactory json = new JsonFactory();
        for (int i = 0; i < texts.size(); i++) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = json.createGenerator(w)) {
                g.writeStartObject();
                g.writeStringField("id", "bench/" + i);
                g.writeStringField("text", texts.get(i));
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.add(w.toString());
        }
        steps = Steps.names();
        serializedPipeline = serialize(Steps.pipeline(steps, Steps.Config.DEFAULT));
        System.err.printf("SparkRecordBenchmark: %d records, %d chars, steps %s, serialized pipeline %d bytes%n",
                lines.size(), CorpusText.chars(texts), steps, serializedPipeline.length);
    }

    @Benchmark
    public void process(Blackhole bh) throws Jsonl.BadRecord {
        int n = lines.size();
        for (int start = 0; start < n; start += partition) {
            int end = Math.min(n, start + partition);
            Pipeline pipeline = switch (impl) {
                case PER_PARTITION, DOCUMENTS_ONLY, PER_RECORD -> Steps.pipeline(steps, Steps.Config.DEFAULT);
                case DESERIALIZED -> deserialize(serializedPipeline);
            };
            for (int i = start; i < end; i++) {
                if (impl == Impl.PER_RECORD) {
                    pipeline = Steps.pipeline(steps, Steps.Config.DEFAULT);
                }
                if (impl == Impl.DOCUMENTS_ONLY) {
                    bh.consume(pipeline.process(Document.of(texts.get(i))));
                } else {
                    bh.consume(Jsonl.processLine(pipeline, lines.get(i), "spark:0:" + i, null));
                }
            }
        }
    }

    private static byte[] serialize(Pipeline p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Pipeline deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Pipeline) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
