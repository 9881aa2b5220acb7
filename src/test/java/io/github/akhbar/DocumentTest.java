package io.github.akhbar;

import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTest {

    record Mark(Span span, String type) implements Annotation {
    }

    record Other(Span span) implements Annotation {
        @Override
        public String type() {
            return "other";
        }
    }

    @Test
    void newDocumentViewIsTheOriginal() {
        Document d = Document.of("نص");
        assertEquals("نص", d.original());
        assertSame(d.original(), d.text());
        assertTrue(d.offsets().isIdentity());
        assertTrue(d.id().isEmpty());
        assertTrue(d.publishedOn().isEmpty());
        DocumentAssertions.assertValid(d);
    }

    @Test
    void builderKeepsMetadata() {
        Document d = Document.builder("x").id("a1").publishedOn(LocalDate.of(2024, 11, 8)).build();
        assertEquals("a1", d.id().orElseThrow());
        assertEquals(LocalDate.of(2024, 11, 8), d.publishedOn().orElseThrow());
        assertEquals(d.id(), d.toBuilder().build().id());
    }

    @Test
    void nonStringCharSequenceIsAccepted() {
        assertEquals("abc", Document.of(new StringBuilder("abc")).original());
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> Document.of(null));
        assertThrows(NullPointerException.class, () -> Document.of("x").annotations(null));
    }

    @Test
    void annotationsAreSortedAndFilteredByType() {
        Document d = Document.of("abcdef").withAnnotations(List.of(new Mark(Span.of(3, 4), "m"),
                new Other(Span.of(0, 2)), new Mark(Span.of(1, 2), "m")));
        assertEquals(List.of(Span.of(0, 2), Span.of(1, 2), Span.of(3, 4)),
                d.annotations().stream().map(Annotation::span).toList());
        assertEquals(2, d.annotations(Mark.class).size());
        assertEquals(1, d.withoutAnnotations(Mark.class).annotations().size());
        DocumentAssertions.assertValid(d);
    }

    @Test
    void mergingKeepsSpanOrderAndPutsEarlierAnnotationsFirstOnEqualSpans() {
        Document d = Document.of("abcdefgh").withAnnotations(List.of(new Mark(Span.of(2, 4), "first"),
                new Mark(Span.of(5, 6), "first")));
        Document sortedAdd = d.withAnnotations(List.of(new Mark(Span.of(0, 1), "second"), new Mark(Span.of(2, 4), "second"),
                new Mark(Span.of(2, 5), "second"), new Mark(Span.of(7, 8), "second")));
        assertEquals(List.of("second[0, 1)", "first[2, 4)", "second[2, 4)", "second[2, 5)", "first[5, 6)", "second[7, 8)"),
                sortedAdd.annotations().stream().map(a -> a.type() + a.span()).toList());
        Document unsortedAdd = d.withAnnotations(List.of(new Mark(Span.of(7, 8), "second"), new Mark(Span.of(2, 4), "second"),
                new Mark(Span.of(0, 1), "second"), new Mark(Span.of(2, 5), "second")));
        assertEquals(sortedAdd.annotations(), unsortedAdd.annotations());
    }

    @Test
    void mergingRandomAnnotationsEqualsAStableSort() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 500; round++) {
            Document d = Document.of("x".repeat(20));
            List<Annotation> all = new java.util.ArrayList<>();
            for (int batch = 0; batch < 3; batch++) {
                List<Annotation> added = new java.util.ArrayList<>();
                for (int k = random.nextInt(6); k > 0; k--) {
                    int start = random.nextInt(20);
                    added.add(new Mark(Span.of(start, start + random.nextInt(21 - start)), "b" + batch + "k" + k));
                }
                if (random.nextBoolean()) {
                    added.sort(java.util.Comparator.comparing(Annotation::span));
                }
                d = d.withAnnotations(added);
                all.addAll(added);
                all.sort(java.util.Comparator.comparing(Annotation::span));
                assertEquals(all, d.annotations());
            }
        }
    }

    @Test
    void annotationOutsideTheOriginalIsRejected() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> Document.of("abc").withAnnotations(List.of(new Other(Span.of(2, 9)))));
    }

    @Test
    void annotationSplittingASurrogatePairIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Document.of("a\uD83D\uDE00").withAnnotations(List.of(new Other(Span.of(0, 2)))));
    }

    @Test
    void editsNeverTouchTheOriginal() {
        Document d = Document.of("a  b").edit().replace(1, 3, " ").apply();
        assertEquals("a  b", d.original());
        assertEquals("a b", d.text());
    }

    @Test
    void spanRejectsInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> Span.of(4, 2));
        assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
        assertEquals(4, Span.of(3, 7).length());
        assertTrue(Span.of(5, 5).isEmpty());
        assertTrue(Span.of(0, 5).overlaps(Span.of(4, 6)));
        assertTrue(Span.of(0, 5).contains(Span.of(1, 5)));
    }
}
