package io.github.akhbar.normalize;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of {@link ArabicNormalizer} on generated Arabic-ish text: idempotence, totality,
 * agreement of its three faces, offsets that still point at the original, Lucene parity.
 */
class ArabicNormalizerProperties {

    @Provide
    Arbitrary<ArabicNormalizer> normalizers() {
        return Arbitraries.oneOf(
                Arbitraries.of(ArabicNormalizer.forSearch(), ArabicNormalizer.forDisplay(),
                        ArabicNormalizer.luceneCompatible(),
                        ArabicNormalizer.forSearch().toBuilder().with(Fold.ELONGATION).with(Fold.PUNCTUATION)
                                .with(Fold.HAMZA_CARRIERS).build()),
                Arbitraries.of(Fold.class).set().map(s -> ArabicNormalizer.builder().folds(s).build()));
    }

    @Provide
    Arbitrary<String> text() {
        return ArabicArbitraries.arabicish(120);
    }

    /** Runs of one letter, marks and ligatures: the material elongation and expansions meet. */
    @Provide
    Arbitrary<String> runs() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("\u064A", "\u0644", "\u0627", "\u0649", "\u0647", "\u0629")),
                Tuple.of(2, Arbitraries.of("\u0640", "\u064E", "\u200C", "\uFEFB", "\uFEF7", "\uFDF2", "\uFEF1", "\uFE8E")),
                Tuple.of(1, Arbitraries.of("\u0661", "\u066B", "\u066C", "1", " ")))
                .list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void idempotent(@ForAll("normalizers") ArabicNormalizer n, @ForAll("text") String s) {
        String once = n.normalize(s);
        assertEquals(once, n.normalize(once));
    }

    @Property(tries = 300)
    void documentNormalizationIsIdempotent(@ForAll("normalizers") ArabicNormalizer n, @ForAll("text") String s) {
        Document once = n.process(Document.of(s));
        Document twice = n.process(once);
        assertSame(once, twice);
        DocumentAssertions.assertValid(twice);
    }

    @Property(tries = 600)
    void idempotentOnRuns(@ForAll("normalizers") ArabicNormalizer n, @ForAll("runs") String s) {
        String once = n.normalize(s);
        assertEquals(once, n.normalize(once), () -> "input " + escape(s));
    }

    @Property(tries = 400)
    void totalOnAnyString(@ForAll("normalizers") ArabicNormalizer n, @ForAll("anyText") String s) {
        String out = n.normalize(s);
        // surrogates are never touched: the same units, in the same order, and no pair is split
        assertEquals(surrogates(s), surrogates(out));
        assertTrue(out.codePoints().filter(Character::isSupplementaryCodePoint).count()
                >= s.codePoints().filter(Character::isSupplementaryCodePoint).count());
        DocumentAssertions.assertValid(n.process(Document.of(s)));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(ArabicArbitraries.anyString(), ArabicArbitraries.arabicish(200));
    }

    @Property(tries = 300)
    void validUtf16StaysValid(@ForAll("normalizers") ArabicNormalizer n, @ForAll("text") String s) {
        String valid = s.replaceAll("[\\uD800-\\uDFFF]", "");
        String out = n.normalize(valid + "\uD83D\uDE00");
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1)));
                i++;
            } else {
                assertTrue(!Character.isLowSurrogate(c), "lone low surrogate at " + i);
            }
        }
    }

    @Provide
    Arbitrary<String> nonArabic() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().range('\u00C0', '\u024F').map(String::valueOf)),
                Tuple.of(1, Arbitraries.chars().range('\u4E00', '\u4E80').map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\n", "\t")))
                .list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void nonArabicTextIsUntouched(@ForAll("normalizers") ArabicNormalizer n, @ForAll("nonArabic") String s) {
        assertSame(s, n.normalize(s));
        Document d = Document.of(s);
        assertSame(d, n.process(d));
    }

    @Property(tries = 400)
    void threeFacesAgree(@ForAll("normalizers") ArabicNormalizer n, @ForAll("text") String s,
                         @ForAll("padding") int pad) {
        String expected = n.normalize(s);
        char[] buf = new char[pad + n.requiredCapacity(s.toCharArray(), 0, s.length()) + pad];
        s.getChars(0, s.length(), buf, pad);
        int len = n.normalize(buf, pad, s.length());
        assertEquals(expected, new String(buf, pad, len));
        Document d = n.process(Document.of(s));
        assertEquals(expected, d.text());
        DocumentAssertions.assertValid(d);
    }

    @Provide
    Arbitrary<Integer> padding() {
        return Arbitraries.integers().between(0, 3);
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
            assertTrue(expanded.length() >= 1 && view.startsWith(expanded, i),
                    () -> "view " + escape(view) + " at " + src + " from " + escape(from));
            i += expanded.length();
        }
    }

    // ---- metamorphic: noise inside words widens spans, never misplaces them ----

    record Noisy(String clean, String noisy) {
    }

    @Provide
    Arbitrary<List<Noisy>> noisyWords() {
        Arbitrary<Character> letter = Arbitraries.of("\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0631\u0633\u0634\u0635\u0639\u0641\u0642\u0643\u0644\u0645\u0646\u0648\u064A\u0627".toCharArray());
        Arbitrary<String> noise = Arbitraries.of("", "", "", "\u0640", "\u064E", "\u0651\u064F", "\u200C", "\u0640\u0640",
                "\u200F", "\u0670");
        Arbitrary<Noisy> word = Combinators.combine(letter.list().ofMinSize(2).ofMaxSize(7), noise.list().ofSize(7))
                .as((letters, noises) -> {
                    StringBuilder clean = new StringBuilder();
                    StringBuilder noisy = new StringBuilder();
                    for (int k = 0; k < letters.size(); k++) {
                        clean.append(letters.get(k));
                        noisy.append(letters.get(k));
                        if (k + 1 < letters.size()) {
                            noisy.append(noises.get(k));
                        }
                    }
                    return new Noisy(clean.toString(), noisy.toString());
                });
        return word.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void wordsWithNoiseMapBackToTheirNoisySurface(@ForAll("noisyWords") List<Noisy> words) {
        StringBuilder raw = new StringBuilder();
        List<String> expectedSurface = new ArrayList<>();
        for (Noisy w : words) {
            if (raw.length() > 0) {
                raw.append(' ');
            }
            raw.append(w.noisy());
            expectedSurface.add(w.noisy());
        }
        Document d = ArabicNormalizer.forSearch().process(Document.of(raw));
        DocumentAssertions.assertValid(d);
        String[] tokens = d.text().split(" ");
        assertEquals(words.size(), tokens.length);
        int at = 0;
        for (int k = 0; k < tokens.length; k++) {
            assertEquals(words.get(k).clean(), tokens[k]);
            Span s = d.toOriginal(at, at + tokens[k].length());
            assertEquals(expectedSurface.get(k), s.of(raw));
            at += tokens[k].length() + 1;
        }
    }

    // ---- Lucene parity ----

    @Provide
    Arbitrary<String> luceneText() {
        return Arbitraries.oneOf(ArabicArbitraries.arabicish(150), ArabicArbitraries.anyString(),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(60));
    }

    @Property(tries = 1000)
    void luceneCompatibleMatchesLucene(@ForAll("luceneText") String s) {
        char[] buf = s.toCharArray();
        int len = new org.apache.lucene.analysis.ar.ArabicNormalizer().normalize(buf, buf.length);
        assertEquals(new String(buf, 0, len), ArabicNormalizer.luceneCompatible().normalize(s));
    }

    @Property(tries = 60)
    void foldSetsAreIndependentOfOrderOfConstruction(@ForAll("foldSets") Set<Fold> folds) {
        EnumSet<Fold> copy = folds.isEmpty() ? EnumSet.noneOf(Fold.class) : EnumSet.copyOf(folds);
        ArabicNormalizer a = ArabicNormalizer.builder().folds(folds).build();
        ArabicNormalizer b = ArabicNormalizer.builder().build();
        for (Fold f : copy) {
            b = b.toBuilder().with(f).build();
        }
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Provide
    Arbitrary<Set<Fold>> foldSets() {
        return Arbitraries.of(Fold.class).set();
    }

    private static String surrogates(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
