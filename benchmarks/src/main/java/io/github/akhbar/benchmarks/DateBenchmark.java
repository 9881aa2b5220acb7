package io.github.akhbar.benchmarks;

import io.github.akhbar.Document;
import io.github.akhbar.date.DateExtractor;
import io.github.akhbar.date.DateMention;
import io.github.akhbar.date.MonthNames;
import io.github.akhbar.date.MonthSystem;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code dates} step over distinct corpus articles, one core; one invocation processes every
 * article once, so ops/s × the printed UTF-8 byte count gives bytes/s.
 *
 * <ul>
 *   <li>{@code AKHBAR}: {@code DateExtractor.process} on a {@code Document} with a publication
 *       date (relative dates resolved), as in the pipeline. The documents are built once at
 *       setup, so the loop measures the step, not {@code Document.builder}.</li>
 *   <li>{@code AKHBAR_EXTRACT}: the standalone {@code extract(CharSequence, LocalDate)} on the
 *       same texts. Both run the same scanner; {@code process} adds only the document's offset
 *       mapping of each span and the merge of the mentions into its annotation list.</li>
 *   <li>{@code REGEX}: a baseline that only finds "day month year" with a {@code java.util.regex}
 *       alternation of every month name (no ranges, no relative dates, no validation).</li>
 * </ul>
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -jar benchmarks/target/benchmarks.jar DateBenchmark
 * quick: ... DateBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class DateBenchmark {

    private static final LocalDate REFERENCE = LocalDate.of(2024, 11, 8);

    /** The implementation measured. */
    public enum Impl {
        /** Akhbar's processor on documents. */
        AKHBAR {
            private final DateExtractor x = DateExtractor.create();

            @Override
            int run(String text, Document doc) {
                return x.process(doc).annotations(DateMention.class).size();
            }
        },
        /** Akhbar's standalone extraction. */
        AKHBAR_EXTRACT {
            private final DateExtractor x = DateExtractor.create();

            @Override
            int run(String text, Document doc) {
                return x.extract(text, REFERENCE).size();
            }
        },
        /** A plain regular expression for "day month year". */
        REGEX {
            private final Pattern p = Pattern.compile("(?<![0-9\u0660-\u0669])([0-9\u0660-\u0669]{1,2})\\s+("
                    + monthAlternation() + ")\\s+([0-9\u0660-\u0669]{4})");

            @Override
            int run(String text, Document doc) {
                int c = 0;
                Matcher m = p.matcher(text);
                while (m.find()) {
                    c++;
                }
                return c;
            }
        };

        /**
         * @param text the article
         * @param doc  the same article as a document dated {@code REFERENCE}, built at setup
         * @return the number of dates found
         */
        abstract int run(String text, Document doc);

        static String monthAlternation() {
            List<String> names = new ArrayList<>();
            for (MonthSystem s : MonthSystem.values()) {
                names.addAll(MonthNames.of(s).names());
            }
            return names.stream().distinct().map(Pattern::quote).collect(Collectors.joining("|"));
        }
    }

    @Param({"AKHBAR", "AKHBAR_EXTRACT", "REGEX"})
    public Impl impl;

    /** UTF-16 chars of input per invocation. */
    @Param({"4000000"})
    public long chars;

    private List<String> texts;
    private List<Document> docs;

    @Setup(Level.Trial)
    public void setup() {
        texts = CorpusText.articles(chars);
        docs = new ArrayList<>(texts.size());
        for (String t : texts) {
            docs.add(Document.builder(t).publishedOn(REFERENCE).build());
        }
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        System.err.printf("DateBenchmark: %d articles, %d chars, %d UTF-8 bytes%n", texts.size(),
                CorpusText.chars(texts), bytes);
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(impl.run(texts.get(i), docs.get(i)));
        }
    }
}
