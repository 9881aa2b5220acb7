package io.github.akhbar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akhbar.Document;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import io.github.akhbar.testing.TestText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

class ArabicTokenizerProperties {

    private static final ArabicTokenizer T = ArabicTokenizer.create();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(TokenArbitraries.newsish(80), ArabicArbitraries.arabicish(),
                ArabicArbitraries.anyString());
    }

    @Property(tries = 1000)
    void tokensAreOrderedNonEmptyInBoundsAndKeepPairs(@ForAll("texts") String text) {
        int prevEnd = 0;
        for (Token t : T.tokenize(text)) {
            int s = t.span().start();
            int e = t.span().end();
            assertTrue(s >= prevEnd, () -> "overlap or disorder at " + t);
            assertTrue(e > s && e <= text.length(), () -> "empty or out of bounds " + t);
            assertFalse(splitsPair(text, s) || splitsPair(text, e), () -> "splits a surrogate pair " + t);
            prevEnd = e;
        }
    }

    @Property(tries = 1000)
    void gapsHoldOnlyWhitespaceAndInvisibles(@ForAll("texts") String text) {
        int prev = 0;
        for (Token t : T.tokenize(text)) {
            assertGap(text, prev, t.span().start());
            prev = t.span().end();
        }
        assertGap(text, prev, text.length());
    }

    @Property(tries = 500)
    void sinkListAndProcessorAgree(@ForAll("texts") String text) {
        List<Token> list = T.tokenize(text);
        List<Token> viaSink = new ArrayList<>();
        // letters and digits right against the region: reading past either end would change a token
        char[] padded = ("\u0628\u06617" + text + "\u06287a").toCharArray();
        T.tokenize(padded, 3, text.length(), (s, e, k) -> {
            assertTrue(s >= 3 && e <= 3 + text.length(), () -> "token outside the region: " + s + ".." + e);
            viaSink.add(Token.of(s - 3, e - 3, k));
        });
        assertEquals(list.stream().map(t -> Token.of(t.span().start(), t.span().end(), t.kind())).toList(), viaSink);
        Document doc = T.process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        assertEquals(list, doc.annotations(Token.class));
    }

    @Property(tries = 500)
    void streamingWithRandomChunksGivesTheWholeStringsTokens(@ForAll("texts") String text,
            @ForAll("chunks") List<Integer> chunks) {
        List<Token> streamed = new ArrayList<>();
        T.stream(new ChunkedReader(text, chunks)).forEachRemaining(streamed::add);
        assertEquals(T.tokenize(text), streamed);
    }

    @Property(tries = 300)
    void regionTokenizationNeverReadsOutside(@ForAll("texts") String text, @ForAll("texts") String before,
            @ForAll("texts") String after) {
        List<Token> alone = T.tokenize(text);
        char[] joined = (before + text + after).toCharArray();
        int off = before.length();
        List<Token> inRegion = new ArrayList<>();
        T.tokenize(joined, off, text.length(), (s, e, k) -> inRegion.add(Token.of(s - off, e - off, k)));
        assertEquals(alone.stream().map(t -> Token.of(t.start(), t.end(), t.kind())).toList(), inRegion);
    }

    /**
     * After a normalizer has changed the view (tatweel, marks and joiners removed), every token
     * still maps to its surface in the original, and that surface normalizes to the view token.
     */
    @Property(tries = 300)
    void tokensAfterNormalizationPointAtTheirOriginalSurface(@ForAll("texts") String text,
            @ForAll("noise") List<String> noise) {
        assertSurfacesMapBack(sprinkle(text, noise));
    }

    /** A word ligature expands to four words, all four tokens on the one original unit. */
    @Example
    void tokensOfAnExpandedLigatureShareItsSpan() {
        assertSurfacesMapBack("\u0642\u0627\u0644 \uFDFA \u0627\u0644\u064A\u0648\u0645");
        assertSurfacesMapBack("\u0621\uFDFA"); // a letter glued to it: the first token spans both units
        Document doc = T.process(io.github.akhbar.normalize.ArabicNormalizer.forSearch()
                .process(Document.of("\u0642\u0627\u0644 \uFDFA")));
        List<Token> tokens = doc.annotations(Token.class);
        assertEquals(5, tokens.size(), () -> tokens.toString());
        for (Token t : tokens.subList(1, 5)) {
            assertEquals(4, t.start());
            assertEquals(5, t.end());
        }
    }

    /** A mark kept between two lone surrogates (so that they do not pair up) stays in its token. */
    @Example
    void markBetweenLoneSurrogatesStaysInItsToken() {
        String text = "\uD800\u064B\uDC00";
        assertSurfacesMapBack(text);
        assertSurfacesMapBack("\uD800\u0640\uDC00");
        Document doc = T.process(io.github.akhbar.normalize.ArabicNormalizer.forSearch().process(Document.of(text)));
        assertEquals(text, doc.text());
        assertEquals(List.of(Token.of(0, 2, TokenType.SYMBOL), Token.of(2, 3, TokenType.SYMBOL)),
                doc.annotations(Token.class));
    }

    private static void assertSurfacesMapBack(String noisy) {
        io.github.akhbar.normalize.ArabicNormalizer n = io.github.akhbar.normalize.ArabicNormalizer.forSearch();
        Document doc = T.process(n.process(Document.of(noisy)));
        DocumentAssertions.assertValid(doc);
        List<Token> viewTokens = T.tokenize(doc.text());
        List<Token> docTokens = doc.annotations(Token.class);
        assertEquals(viewTokens.size(), docTokens.size());
        for (int k = 0; k < docTokens.size(); k++) {
            Token v = viewTokens.get(k);
            Token o = docTokens.get(k);
            assertEquals(v.kind(), o.kind());
            assertEquals(v.afterMarker(), o.afterMarker());
            // A unit that expands to several words (the ligature U+FDFA) gives several tokens on
            // overlapping original spans: their union normalizes to the view from first to last.
            int first = k;
            int last = k;
            int from = o.start();
            int to = o.end();
            boolean grown = true;
            while (grown) {
                grown = false;
                if (first > 0 && docTokens.get(first - 1).end() > from) {
                    first--;
                    from = Math.min(from, docTokens.get(first).start());
                    grown = true;
                }
                if (last + 1 < docTokens.size() && docTokens.get(last + 1).start() < to) {
                    last++;
                    to = Math.max(to, docTokens.get(last).end());
                    grown = true;
                }
            }
            String surface = noisy.substring(from, to);
            String view = doc.text().substring(viewTokens.get(first).start(), viewTokens.get(last).end());
            if (surface.indexOf('\u066B') < 0 && surface.indexOf('\u066C') < 0 && TestText.isValidUtf16(noisy.substring(Math.max(0, from - 1), Math.min(noisy.length(), to + 1)))) {
                // (an Arabic decimal or thousands separator folds only between digits, and a mark
                // or tatweel between two lone surrogates is kept so that they do not pair up: alone,
                // such a surface may normalize differently than in its context)
                assertEquals(view, n.normalize(surface), () -> "token " + o + " in " + TestText.escape(noisy));
            }
        }
    }

    /** The number of الـ92 keeps its link to the marker once tatweel has been normalized away. */
    @Property(tries = 200)
    void markerLinkSurvivesNormalization(@ForAll("texts") String before, @ForAll("digitRuns") String digits) {
        String text = before + " \u0627\u0644\u0640" + digits;
        Document raw = T.process(Document.of(text));
        Document normalized = T.process(io.github.akhbar.normalize.ArabicNormalizer.forSearch().process(Document.of(text)));
        for (Document d : List.of(raw, normalized)) {
            Token last = d.annotations(Token.class).get(d.annotations(Token.class).size() - 1);
            assertEquals(TokenType.NUMBER, last.kind(), () -> "tokens of " + d.text());
            assertTrue(last.afterMarker(), () -> "unlinked in " + d.text());
            assertEquals(text.length() - digits.length(), last.start());
        }
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.strings().withChars("0123456789\u0660\u0661\u0669\u06F1\u06F9").ofMinLength(1).ofMaxLength(4);
    }

    @Provide
    Arbitrary<List<String>> noise() {
        return Arbitraries.of("\u0640", "\u064E", "\u0651", "\u0652", "\u200C", "\u200F").list().ofMaxSize(12);
    }

    /** Inserts each noise unit after an Arabic letter, cycling through the letters. */
    private static String sprinkle(String text, List<String> noise) {
        if (noise.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + noise.size());
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if (c >= '\u0628' && c <= '\u064A' && c != '\u0640' && i + 1 < text.length()
                    && text.charAt(i + 1) >= '\u0628' && text.charAt(i + 1) <= '\u064A') {
                sb.append(noise.get(k++ % noise.size()));
            }
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void forSearchIsTheDefaultWithoutPunctuation(@ForAll("texts") String text) {
        List<Token> expected = T.tokenize(text).stream().filter(t -> t.kind() != TokenType.PUNCT).toList();
        assertEquals(expected, ArabicTokenizer.forSearch().tokenize(text));
    }

    @Property(tries = 2000)
    void blockScanGivesTheTokensOfTheRules(@ForAll("longTexts") String text, @ForAll boolean splitMarker,
            @ForAll boolean emitPunctuation, @ForAll("margins") int margin) {
        ArabicTokenizer t = ArabicTokenizer.builder().splitMarker(splitMarker).emitPunctuation(emitPunctuation).build();
        char[] buf = text.toCharArray();
        int off = Math.min(margin, buf.length);
        int len = Math.max(0, buf.length - off - margin);
        assertEquals(ArabicTokenizerTest.byRules(t, buf, off, len), ArabicTokenizerTest.byBlocks(t, buf, off, len),
                () -> TestText.escape(text));
    }

    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.oneOf(TokenArbitraries.newsish(80), TokenArbitraries.newsish(400), ArabicArbitraries.arabicish(),
                ArabicArbitraries.anyString());
    }

    @Provide
    Arbitrary<Integer> margins() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<List<Integer>> chunks() {
        return Arbitraries.integers().between(1, 17).list().ofMinSize(1).ofMaxSize(8);
    }

    private static boolean splitsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }

    private static void assertGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            int cp = Character.isSurrogate(c) ? text.codePointAt(Character.isLowSurrogate(c) && i > from ? i - 1 : i) : c;
            boolean ok = Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                    || (Character.getType(cp) == Character.FORMAT && !CharClass.isPrependedConcatenationMark(cp));
            int at = i;
            assertTrue(ok, () -> "visible char U+" + Integer.toHexString(c) + " lost at " + at + " in gap");
        }
    }

    /** Returns the text in chunks of the given sizes, cycling. */
    private static final class ChunkedReader extends Reader {
        private final String text;
        private final List<Integer> sizes;
        private int pos;
        private int call;

        ChunkedReader(String text, List<Integer> sizes) {
            this.text = text;
            this.sizes = sizes;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, sizes.get(call++ % sizes.size())), text.length() - pos);
            text.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
