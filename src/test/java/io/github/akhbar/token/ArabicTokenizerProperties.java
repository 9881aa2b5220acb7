package io.github.akhbar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akhbar.Document;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
        char[] padded = ("ab " + text + " cd").toCharArray();
        T.tokenize(padded, 3, text.length(), (s, e, k) -> viaSink.add(Token.of(s - 3, e - 3, k)));
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
    void regionTokenizationNeverReadsOutside(@ForAll("texts") String text, @ForAll("texts") String other) {
        String joined = text + " " + other;
        List<Token> whole = T.tokenize(joined);
        List<Token> left = T.tokenize(text);
        assertEquals(left, whole.subList(0, left.size()));
    }

    @Property(tries = 300)
    void forSearchIsTheDefaultWithoutPunctuation(@ForAll("texts") String text) {
        List<Token> expected = T.tokenize(text).stream().filter(t -> t.kind() != TokenType.PUNCT).toList();
        assertEquals(expected, ArabicTokenizer.forSearch().tokenize(text));
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
            boolean ok = Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                    || type == Character.FORMAT
                    || (Character.isSurrogate(c) && Character.getType(text.codePointAt(
                            Character.isLowSurrogate(c) && i > from ? i - 1 : i)) == Character.FORMAT);
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
