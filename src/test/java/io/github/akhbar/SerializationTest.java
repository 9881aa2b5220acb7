package io.github.akhbar;

import io.github.akhbar.boilerplate.BoilerplateKind;
import io.github.akhbar.boilerplate.BoilerplateStripper;
import io.github.akhbar.cli.Steps;
import io.github.akhbar.date.DateExtractor;
import io.github.akhbar.date.HijriCalculation;
import io.github.akhbar.date.MonthSystem;
import io.github.akhbar.normalize.ArabicNormalizer;
import io.github.akhbar.normalize.Fold;
import io.github.akhbar.number.NumberExtractor;
import io.github.akhbar.number.OrdinalExtractor;
import io.github.akhbar.token.ArabicTokenizer;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * Every processor survives Java serialization (what Spark does to the closures that carry it)
 * and, once deserialized, processes text exactly as the original instance does.
 *
 * <p>Adding a processor: one line in {@link #processors()}. Steps registered in the CLI's
 * {@link Steps} are covered automatically, alone and all together, for every profile; the
 * configurations the CLI never builds (other month systems and Hijri calculations, search
 * tokens, extractors without {@code yieldTo}, extra boilerplate cues, a custom fold set) are
 * listed one by one.
 */
class SerializationTest {

    /** Whitespace runs, CRLF, blank-line runs, tatweel, diacritics, digits of two scripts, a lone surrogate. */
    private static final List<String> SAMPLES = List.of(
            "",
            "   ",
            "  افتتحت   الدورة الـ12 \t من المعرض  يوم ٢٠ شتنبر 2024  ",
            "قال المتحدث \r\n إن الاجتماع\n\n\n\nسيعقد الأسبوع المقبل\u0640\u0640 في العاصمة.",
            "\u0623\u064E\u062D\u0652\u0645\u064E\u062F \u200C  \u00A0 \uD800 ok\r",
            "بلغت الميزانية 3.5 مليار درهم، أي بزيادة ١٢٪ عن السنة الماضية\n",
            "خبر عاجل\nشارك الخبر مع أصدقائك\nانطلقت الدورة الثالثة يوم 15 رمضان 1445 الموافق 25 مارس 2024،"
                    + " وتستمر إلى فاتح شتنبر المقبل بحضور ثلاثة آلاف زائر\n");

    /** The processors under test; one line per processor class or preset. */
    static List<TextProcessor> processors() {
        List<TextProcessor> all = new ArrayList<>();
        all.add(WhitespaceCleaner.create());
        all.add(Pipeline.of());
        all.add(Pipeline.of(WhitespaceCleaner.create(), WhitespaceCleaner.create()));
        for (String name : Steps.names()) {
            all.add(Steps.pipeline(List.of(name), Steps.Config.DEFAULT));
        }
        for (String profile : List.of("search", "display", "lucene")) {
            all.add(Steps.pipeline(Steps.names(), new Steps.Config(profile)));
        }
        // configurations the CLI never builds
        all.add(DateExtractor.builder().monthSystems(MonthSystem.MOROCCAN)
                .hijriCalculation(HijriCalculation.CIVIL).build());
        all.add(DateExtractor.builder().monthSystems(MonthSystem.LEVANTINE, MonthSystem.HIJRI)
                .referenceDate(LocalDate.of(2024, 3, 1)).hijriCalculation(HijriCalculation.TABULAR).build());
        all.add(ArabicTokenizer.forSearch());
        all.add(ArabicTokenizer.builder().splitMarker(false).emitPunctuation(false).build());
        all.add(NumberExtractor.create());
        all.add(OrdinalExtractor.create());
        all.add(BoilerplateStripper.aggressive());
        all.add(BoilerplateStripper.builder().addCue(BoilerplateKind.SHARE, "شارك الخبر مع أصدقائك")
                .disable(BoilerplateKind.BYLINE_META).decodeHtml(false).build());
        all.add(ArabicNormalizer.builder().folds(Fold.TATWEEL, Fold.DIGITS, Fold.HAMZA_ALEF).build());
        all.add(Pipeline.of(BoilerplateStripper.aggressive(), ArabicNormalizer.forDisplay(), ArabicTokenizer.forSearch(),
                DateExtractor.builder().monthSystems(MonthSystem.MOROCCAN).build(), NumberExtractor.create(),
                OrdinalExtractor.create()));
        return all;
    }

    static Stream<Arguments> processorsAndSamples() {
        return processors().stream().flatMap(p -> SAMPLES.stream().map(s -> Arguments.of(p, s)));
    }

    @ParameterizedTest
    @MethodSource("processors")
    void roundTripIsEqualWithSameHashCode(TextProcessor processor) {
        TextProcessor copy = roundTrip(processor);
        assertEquals(processor, copy);
        assertEquals(processor.hashCode(), copy.hashCode());
        assertEquals(processor.getClass(), copy.getClass());
    }

    @ParameterizedTest
    @MethodSource("processorsAndSamples")
    void roundTripProcessesLikeTheOriginal(TextProcessor processor, String text) {
        TextProcessor copy = roundTrip(processor);
        Document in = Document.builder(text).id("s1").publishedOn(LocalDate.of(2024, 11, 8)).build();
        Document expected = processor.process(in);
        Document actual = copy.process(in);
        DocumentAssertions.assertValid(expected);
        DocumentAssertions.assertValid(actual);
        assertEquals(expected, actual);
        assertEquals(expected.text(), actual.text());
        assertEquals(expected.annotations(), actual.annotations());
    }

    @ParameterizedTest
    @MethodSource("processors")
    void processedDocumentsSurviveARoundTrip(TextProcessor processor) {
        for (String text : SAMPLES) {
            Document out = processor.process(Document.of(text));
            Document copy = roundTrip(out);
            assertNotSame(out, copy);
            assertEquals(out, copy);
            assertEquals(out.offsets(), copy.offsets());
        }
    }

    @Property(tries = 200)
    void deserializedPipelineAgreesOnAnyText(@ForAll("texts") String text) {
        Pipeline pipeline = Steps.pipeline(Steps.names(), Steps.Config.DEFAULT);
        Pipeline copy = roundTrip(pipeline);
        Document in = Document.of(text);
        Document expected = pipeline.process(in);
        Document actual = copy.process(in);
        DocumentAssertions.assertValid(actual);
        assertEquals(expected, actual);
    }

    @Provide
    Arbitrary<String> texts() {
        return ArabicArbitraries.arabicishLines();
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
