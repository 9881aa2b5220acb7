package io.github.akhbar.normalize;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.Span;
import io.github.akhbar.TextProcessor;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import io.github.akhbar.testing.TestText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offsets after {@link ArabicNormalizer#process}: every view character and every word of the view
 * maps back to original text that normalizes to it; annotations made before normalizing survive
 * it; noise inside words (tatweel, harakat, invisible controls, presentation forms, stretched
 * letters) widens a word's span over its noisy surface and never misplaces it.
 */
class NormalizerOffsetProperties {

    /** A word as written in the original, annotated before normalizing. */
    record Surface(Span span, String clean) implements Annotation {
        @Override
        public String type() {
            return "surface";
        }
    }

    /** A maximal run of Arabic letters in the view, annotated after normalizing. */
    record ViewWord(Span span, String word) implements Annotation {
        @Override
        public String type() {
            return "view-word";
        }
    }

    /** Annotates every maximal run of Arabic letters (U+0621–U+064A) of the view. */
    enum ViewWords implements TextProcessor {
        INSTANCE;

        @Override
        public Document process(Document doc) {
            String view = doc.text();
            List<ViewWord> words = new ArrayList<>();
            int i = 0;
            while (i < view.length()) {
                if (!ArabicChars.isArabicLetter(view.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < view.length() && ArabicChars.isArabicLetter(view.charAt(i))) {
                    i++;
                }
                words.add(new ViewWord(doc.toOriginal(start, i), view.substring(start, i)));
            }
            return doc.withAnnotations(words);
        }
    }

    /** One letter (or lam-alef) of a word: its search form and the ways it may be written. */
    record Unit(String clean, String... surfaces) {
    }

    /** Letters that {@code forSearch()} keeps as they are, each with presentation forms that fold to it. */
    private static final Unit[] UNITS = {
        new Unit("\u0628", "\u0628", "\uFE8F", "\uFE90", "\uFE91", "\uFE92"),
        new Unit("\u062A", "\u062A", "\uFE95", "\uFE98"),
        new Unit("\u062C", "\u062C", "\uFE9F"),
        new Unit("\u062F", "\u062F", "\uFEAA"),
        new Unit("\u0631", "\u0631", "\uFEAD", "\uFEAE"),
        new Unit("\u0633", "\u0633", "\uFEB3"),
        new Unit("\u0639", "\u0639", "\uFECB", "\uFECC"),
        new Unit("\u0641", "\u0641", "\uFED3"),
        new Unit("\u0642", "\u0642"),
        new Unit("\u0643", "\u0643", "\uFEDB", "\u06A9"),
        new Unit("\u0644", "\u0644", "\uFEDF", "\uFEE0"),
        new Unit("\u0645", "\u0645", "\uFEE3", "\uFEE4"),
        new Unit("\u0646", "\u0646", "\uFEE7"),
        new Unit("\u0648", "\u0648", "\uFEEE"),
        new Unit("\u064A", "\u064A", "\uFEF3", "\uFEF4", "\u06CC", "\u0649"),
        new Unit("\u0627", "\u0627", "\uFE8E", "\u0623", "\u0671"),
        new Unit("\u0644\u0627", "\u0644\u0627", "\uFEFB", "\uFEFC", "\uFEF7"),
    };

    /** What may sit between two letters of a word; forSearch() removes all of it. */
    private static final String[] NOISE = {"", "", "", "", "\u0640", "\u064E", "\u0651\u064F", "\u200C", "\u200D",
        "\u0640\u0640", "\u200F", "\u0670", "\u00AD", "\u061C", "\uFE76", "\uFE7C", "\u06D6", "\u202B\u202C"};

    /** What may sit between two copies of a stretched letter: tatweel and marks only. */
    private static final String[] BETWEEN_COPIES = {"", "", "\u0640", "\u064E", "\u0640\u0640", "\u0651"};

    private static final String[] SEPARATORS = {" ", " ", "  ", "\n", "\u00A0", " \u060C ", "\u200F ", " - ", ". "};

    /** A word as it is written and as forSearch() with ELONGATION should see it. */
    record Noisy(String clean, String noisy) {
    }

    private static Arbitrary<Noisy> noisyWord() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, UNITS.length - 1);
        Arbitrary<Integer> choice = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> noise = Arbitraries.integers().between(0, NOISE.length - 1);
        // 0 = written once; 3 or 4 = stretched to that many copies (only inside the word)
        Arbitrary<Integer> stretch = Arbitraries.of(0, 0, 0, 0, 0, 0, 3, 4);
        return Combinators.combine(index.list().ofMinSize(1).ofMaxSize(6), choice.list().ofSize(6),
                noise.list().ofSize(6), stretch.list().ofSize(6)).as(NormalizerOffsetProperties::word);
    }

    private static Noisy word(List<Integer> indices, List<Integer> choices, List<Integer> noises, List<Integer> stretches) {
        StringBuilder clean = new StringBuilder();
        StringBuilder noisy = new StringBuilder();
        for (int k = 0; k < indices.size(); k++) {
            int idx = indices.get(k);
            Unit u = UNITS[idx];
            // no two equal letters side by side: a run must only come from a stretched letter
            while (clean.length() > 0 && u.clean().charAt(0) == clean.charAt(clean.length() - 1)) {
                idx = (idx + 1) % UNITS.length;
                u = UNITS[idx];
            }
            int copies = stretches.get(k);
            boolean inside = k > 0 && k + 1 < indices.size() && u.clean().length() == 1;
            if (copies > 0 && inside) {
                for (int c = 0; c < copies; c++) {
                    noisy.append(c == 0 ? "" : BETWEEN_COPIES[(choices.get(k) + c) % BETWEEN_COPIES.length]).append(u.clean());
                }
            } else {
                noisy.append(u.surfaces()[choices.get(k) % u.surfaces().length]);
            }
            clean.append(u.clean());
            if (k + 1 < indices.size()) {
                noisy.append(NOISE[noises.get(k)]);
            }
        }
        return new Noisy(clean.toString(), noisy.toString());
    }

    /** Noisy words joined by separators, with each word's span in the raw text. */
    record Text(String raw, List<Surface> surfaces) {
    }

    @Provide
    Arbitrary<Text> noisyText() {
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        return Combinators.combine(noisyWord().list().ofMinSize(1).ofMaxSize(8), separator.list().ofSize(8))
                .as((words, seps) -> {
                    StringBuilder raw = new StringBuilder();
                    List<Surface> surfaces = new ArrayList<>();
                    for (int k = 0; k < words.size(); k++) {
                        if (k > 0) {
                            raw.append(seps.get(k));
                        }
                        int start = raw.length();
                        raw.append(words.get(k).noisy());
                        surfaces.add(new Surface(Span.of(start, raw.length()), words.get(k).clean()));
                    }
                    return new Text(raw.toString(), surfaces);
                });
    }

    @Provide
    Arbitrary<ArabicNormalizer> normalizers() {
        return new ArabicNormalizerProperties().normalizers();
    }

    @Property(tries = 400)
    void wordsWithNoiseMapBackToTheirNoisySurface(@ForAll("noisyText") Text t) {
        ArabicNormalizer n = ArabicNormalizer.forSearch().toBuilder().with(Fold.ELONGATION).build();
        Document before = Document.of(t.raw()).withAnnotations(t.surfaces());
        Document after = Pipeline.of(n, ViewWords.INSTANCE).process(before);
        DocumentAssertions.assertValid(after);
        // the annotations made before normalizing are untouched
        assertEquals(t.surfaces(), after.annotations(Surface.class));
        // the later processor sees the clean words, and their spans are exactly the noisy surfaces
        List<ViewWord> words = after.annotations(ViewWord.class);
        assertEquals(t.surfaces().size(), words.size(), () -> "view " + TestText.escape(after.text()));
        for (int k = 0; k < words.size(); k++) {
            Surface s = t.surfaces().get(k);
            ViewWord w = words.get(k);
            assertEquals(s.clean(), w.word(), () -> "surface " + TestText.escape(s.span().of(t.raw())));
            assertEquals(s.span(), w.span(), () -> "word " + TestText.escape(w.word()) + " in " + TestText.escape(t.raw()));
            assertEquals(w.word(), n.normalize(w.span().of(t.raw())));
        }
        boolean stretched = !n.normalize(t.raw()).equals(ArabicNormalizer.forSearch().normalize(t.raw()));
        Statistics.label("stretched letter").collect(stretched);
        Statistics.label("stretched letter").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 400)
    void laterAnnotationsMapToOriginalTextThatNormalizesToThem(@ForAll("normalizers") ArabicNormalizer n,
                                                               @ForAll("noisyText") Text t) {
        Document before = Document.of(t.raw()).withAnnotations(t.surfaces());
        Document after = Pipeline.of(n, ViewWords.INSTANCE).process(before);
        DocumentAssertions.assertValid(after);
        assertEquals(t.surfaces(), after.annotations(Surface.class));
        for (ViewWord w : after.annotations(ViewWord.class)) {
            String from = w.span().of(t.raw());
            assertEquals(w.word(), n.normalize(from), () -> n + ": " + TestText.escape(w.word()) + " from " + TestText.escape(from));
        }
    }

    @Property(tries = 400)
    void everyViewCharMapsToOriginalThatNormalizesToIt(@ForAll("text") String s) {
        // per-unit folds only (no context), so each view char's source normalizes on its own
        ArabicNormalizer n = ArabicNormalizer.forSearch().toBuilder().without(Fold.DIGITS).build();
        Document d = n.process(Document.of(s));
        String view = d.text();
        int i = 0;
        while (i < view.length()) {
            Span src = d.offsets().toOriginal(i, i + 1);
            String from = s.substring(src.start(), src.end());
            String expanded = n.normalize(from);
            if (expanded.isEmpty()) {
                // the one context rule left: a removable unit kept so that two lone surrogates stay apart
                int at = i;
                assertTrue(view.startsWith(from, at) && at > 0 && Character.isHighSurrogate(view.charAt(at - 1)),
                        () -> "view " + TestText.escape(view) + " at " + at + " from " + TestText.escape(from));
                i += from.length();
                continue;
            }
            assertTrue(view.startsWith(expanded, i),
                    () -> "view " + TestText.escape(view) + " at " + src + " from " + TestText.escape(from));
            i += expanded.length();
        }
    }

    @Provide
    Arbitrary<String> text() {
        return ArabicArbitraries.arabicish(120);
    }
}
