package io.github.akhbar;

import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of the {@link TextEditor} and {@link OffsetMap} Javadoc tables. */
class TextEditorTest {

    private static Document edit(String text, java.util.function.Consumer<TextEditor> edits) {
        TextEditor e = Document.of(text).edit();
        edits.accept(e);
        Document d = e.apply();
        DocumentAssertions.assertValid(d);
        return d;
    }

    @Test
    void deletionMapsStartsPastAndEndsBefore() {
        Document d = edit("abcd", e -> e.delete(1, 3));
        assertEquals("ad", d.text());
        assertEquals(3, d.offsets().toOriginalStart(1));
        assertEquals(1, d.offsets().toOriginalEnd(1));
        assertEquals(Span.of(3, 4), d.toOriginal(1, 2));
        assertEquals(Span.of(0, 4), d.toOriginal(0, 2));
    }

    @Test
    void expansionMapsEveryNewCharToTheWholeSource() {
        Document d = edit("abcd", e -> e.replace(1, 2, "XY"));
        assertEquals("aXYcd", d.text());
        assertEquals(Span.of(1, 2), d.toOriginal(1, 2));
        assertEquals(Span.of(1, 2), d.toOriginal(2, 3));
        assertEquals(Span.of(1, 2), d.toOriginal(1, 3));
        assertEquals(Span.of(2, 3), d.toOriginal(3, 4));
    }

    @Test
    void lamAlefLigatureExpansion() {
        Document d = edit("a\uFEFBb", e -> e.replace(1, 2, "\u0644\u0627"));
        assertEquals(Span.of(1, 2), d.toOriginal(1, 2));
        assertEquals(Span.of(1, 2), d.toOriginal(2, 3));
        assertEquals(Span.of(2, 3), d.toOriginal(3, 4));
    }

    @Test
    void insertionInsideAnExpansionJoinsIt() {
        Document d = edit("abc", e -> e.replace(1, 2, "XY"));
        d = d.edit().insert(2, "+").apply();
        DocumentAssertions.assertValid(d);
        assertEquals("aX+Yc", d.text());
        assertEquals(Span.of(1, 2), d.toOriginal(2, 3));
    }

    @Test
    void sameLengthReplacementMapsCharForChar() {
        Document d = edit("abcd", e -> e.replace(1, 3, "xy"));
        assertEquals("axyd", d.text());
        assertEquals(Span.of(2, 3), d.toOriginal(2, 3));
        assertTrue(d.offsets().isIdentity());
    }

    @Test
    void insertionMapsToAnEmptySpan() {
        Document d = edit("abcd", e -> e.insert(4, "!"));
        assertEquals("abcd!", d.text());
        assertEquals(Span.of(4, 4), d.toOriginal(4, 5));
        assertEquals(Span.of(0, 4), d.toOriginal(0, 4));
    }

    @Test
    void contractionMapsToTheWholeSource() {
        Document d = edit("abcd", e -> e.replace(1, 3, "Z"));
        assertEquals("aZd", d.text());
        assertEquals(Span.of(1, 3), d.toOriginal(1, 2));
    }

    @Test
    void deletingEverythingLeavesAnEmptyViewMappedToTheWhole() {
        Document d = edit("abc", e -> e.delete(0, 3));
        assertEquals("", d.text());
        assertEquals(Span.of(3, 3), d.toOriginal(0, 0));
    }

    @Test
    void composedEditsMapStraightToTheOriginal() {
        Document d = edit("abcdef", e -> e.delete(0, 2));          // "cdef"
        d = d.edit().replace(1, 2, "XYZ").apply();                  // "cXYZef"
        d = d.edit().delete(0, 1).apply();                          // "XYZef"
        DocumentAssertions.assertValid(d);
        assertEquals("XYZef", d.text());
        assertEquals(Span.of(3, 4), d.toOriginal(0, 3));
        assertEquals(Span.of(4, 6), d.toOriginal(3, 5));
    }

    @Test
    void composedMapsStayFlat() {
        Document d = Document.of("a-b-c-d-e-f-g-h");
        for (int round = 0; round < 7; round++) {
            int dash = d.text().indexOf('-');
            d = d.edit().delete(dash, dash + 1).apply();
        }
        assertEquals("abcdefgh", d.text());
        assertTrue(d.offsets().segmentCount() <= 8, d.offsets().toString());
        assertEquals(Span.of(14, 15), d.toOriginal(7, 8));
    }

    @Test
    void workedExampleOfDocsOffsets() {
        Document d = WhitespaceCleaner.create().process(Document.of("  \uFEFB   \u062A\u0646\u0633\u064E"));
        d = d.edit().replace(0, 1, "\u0644\u0627").delete(5, 6).apply();
        DocumentAssertions.assertValid(d);
        assertEquals("\u0644\u0627 \u062A\u0646\u0633", d.text());
        assertEquals(Span.of(2, 3), d.toOriginal(0, 2));
        assertEquals(Span.of(6, 9), d.toOriginal(3, 6));
    }

    @Test
    void noEditsReturnsTheSameDocument() {
        Document d = Document.of("abc");
        assertSame(d, d.edit().apply());
    }

    @Test
    void notAscendingIsRejected() {
        TextEditor e = Document.of("abcd").edit().delete(2, 3);
        assertThrows(IllegalArgumentException.class, () -> e.delete(1, 2));
    }

    @Test
    void overlappingIsRejected() {
        TextEditor e = Document.of("abcd").edit().delete(1, 3);
        assertThrows(IllegalArgumentException.class, () -> e.delete(2, 4));
    }

    @Test
    void outOfRangeIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> Document.of("abcd").edit().delete(3, 9));
        assertThrows(IndexOutOfBoundsException.class, () -> Document.of("abcd").edit().delete(-1, 2));
    }

    @Test
    void nullReplacementIsRejected() {
        assertThrows(NullPointerException.class, () -> Document.of("abcd").edit().replace(0, 1, null));
    }

    @Test
    void standaloneEditorCannotApplyToADocument() {
        assertThrows(IllegalStateException.class, () -> TextEditor.of("abc").delete(0, 1).apply());
    }

    @Test
    void mapLookupOutOfRangeThrows() {
        OffsetMap m = edit("abcd", e -> e.delete(1, 2)).offsets();
        assertThrows(IndexOutOfBoundsException.class, () -> m.toOriginalStart(99));
        assertThrows(IndexOutOfBoundsException.class, () -> m.toOriginal(2, 1));
    }

    @Test
    void composingMismatchedMapsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.identity(3).andThen(OffsetMap.identity(4)));
    }

    @Test
    void surrogatePairsAreNeverSplitBySpans() {
        // delete the high surrogate's neighbour and map a range that starts on the low surrogate
        Document d = Document.of("a\uD83D\uDE00b");
        assertEquals(Span.of(1, 3), d.toOriginal(2, 3));
        assertEquals(Span.of(1, 3), d.toOriginal(1, 2));
    }
}
