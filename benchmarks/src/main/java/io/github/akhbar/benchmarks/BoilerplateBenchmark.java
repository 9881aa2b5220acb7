package io.github.akhbar.benchmarks;

import io.github.akhbar.Document;
import io.github.akhbar.boilerplate.BoilerplateStripper;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link BoilerplateStripper} over a sample of distinct corpus articles, one thread; one
 * invocation processes every article once, so ops/s × {@code utf8Bytes} (printed at setup) gives
 * bytes/s. The target is 50 MB/s of UTF-8 text on one core. {@code EXACT_LINES} is a floor, not a
 * peer: split into lines and look each trimmed line up in a hash set of 40 cue lines (no fold, no
 * features, no offsets); no library strips plain-text Arabic pages, so there is no real peer.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -jar benchmarks/target/benchmarks.jar BoilerplateBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class BoilerplateBenchmark {

    /** What to run. */
    public enum Impl {
        /** {@code BoilerplateStripper.defaults()}. */
        AKHBAR_CONSERVATIVE {
            @Override
            Object run(String text) {
                return CONSERVATIVE.process(Document.of(text));
            }
        },
        /** {@code BoilerplateStripper.aggressive()}. */
        AKHBAR_AGGRESSIVE {
            @Override
            Object run(String text) {
                return AGGRESSIVE.process(Document.of(text));
            }
        },
        /** Floor: exact trimmed-line lookup, no fold, no features, no offsets. */
        EXACT_LINES {
            @Override
            Object run(String text) {
                StringBuilder kept = new StringBuilder(text.length());
                for (String line : text.split("\n", -1)) {
                    if (!CUE_LINES.contains(line.strip())) {
                        kept.append(line).append('\n');
                    }
                }
                return kept;
            }
        };

        abstract Object run(String text);
    }

    static final BoilerplateStripper CONSERVATIVE = BoilerplateStripper.defaults();
    static final BoilerplateStripper AGGRESSIVE = BoilerplateStripper.aggressive();
    static final Set<String> CUE_LINES = new HashSet<>(List.of("شارك", "شارك المقال", "اقرأ أيضا", "اقرأ أيضًا",
            "إقرأ أيضا…", "اقرأ المزيد…", "مقالات ذات صلة", "أخبار متعلقة:", "أخبار متعلقة", "الأخبار المتعلقة:",
            "موضوعات متعلقة", "إضافة تعليق", "اترك تعليقا", "زر الذهاب إلى الأعلى", "الرئيسية", "صورة أرشيفية",
            "أرشيفية", "شاهد الفيديو", "لمشاهدة الفيديو", "أ ش أ", "رويترز", "وكالات", "أ ف ب", "// انتهى //",
            "تابعونا على فيسبوك", "يمكنكم مشاركة المقال على منصتكم المفضلة", "يمكنك ايضا ان تقرأ", "التالي",
            "السابق", "التعليقات", "اضغط هنا", "إضغط هنا", "صورة تعبيرية", "صور متعلقة", "المزيد", "...المزيد",
            "فيديو وصور.", "شاركنا رأيك", "أضف تعليق", "جميع الحقوق محفوظة"));

    @Param({"AKHBAR_CONSERVATIVE", "AKHBAR_AGGRESSIVE", "EXACT_LINES"})
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
        System.out.println("BoilerplateBenchmark: " + texts.size() + " articles, " + CorpusText.chars(texts)
                + " chars, utf8Bytes=" + bytes);
    }

    @Benchmark
    public void strip(Blackhole bh) {
        for (String t : texts) {
            bh.consume(impl.run(t));
        }
    }
}
