package io.github.akhbar;

import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PipelineTest {

    /** Deletes every 'x' and annotates every 'y' in the view, mapping it to the original. */
    record DropX() implements TextProcessor {
        @Override
        public Document process(Document d) {
            TextEditor e = d.edit();
            for (int i = 0; i < d.text().length(); i++) {
                if (d.text().charAt(i) == 'x') {
                    e.delete(i, i + 1);
                }
            }
            return e.apply();
        }
    }

    record Y(Span span) implements Annotation {
        @Override
        public String type() {
            return "y";
        }
    }

    record MarkY() implements TextProcessor {
        @Override
        public Document process(Document d) {
            List<Y> ys = new java.util.ArrayList<>();
            for (int i = 0; i < d.text().length(); i++) {
                if (d.text().charAt(i) == 'y') {
                    ys.add(new Y(d.toOriginal(i, i + 1)));
                }
            }
            return d.withAnnotations(ys);
        }
    }

    @Test
    void nestedPipelinesAreFlattened() {
        TextProcessor a = new DropX();
        TextProcessor b = new MarkY();
        assertEquals(Pipeline.of(a, b, a), Pipeline.of(Pipeline.of(a, b), a));
        assertEquals(Pipeline.of(a, b), a.andThen(b));
        assertEquals(List.of(a, b), Pipeline.of(a, b).steps());
    }

    @Test
    void emptyPipelineReturnsTheDocument() {
        Document d = Document.of("abc");
        assertSame(d, Pipeline.of().process(d));
    }

    @Test
    void nullStepIsRejectedWithItsIndex() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Pipeline.of(new DropX(), null));
        assertEquals("steps[1]", e.getMessage());
    }

    @Test
    void annotationsAfterEditsPointAtTheOriginal() {
        Document d = Pipeline.of(WhitespaceCleaner.create(), new DropX(), new MarkY()).process("  xxy  a x  y ");
        assertEquals("y a  y", d.text());
        for (Y y : d.annotations(Y.class)) {
            assertEquals("y", y.span().of(d.original()));
        }
        assertEquals(2, d.annotations(Y.class).size());
        DocumentAssertions.assertValid(d);
    }

    @Property(tries = 300)
    void markedCharsAlwaysMapBackToThemselves(@ForAll("texts") String text) {
        Document d = Pipeline.of(new DropX(), WhitespaceCleaner.create(), new MarkY(), new DropX()).process(text);
        for (Y y : d.annotations(Y.class)) {
            assertEquals("y", y.span().of(d.original()));
        }
        DocumentAssertions.assertValid(d);
    }

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.strings().withChars("xy ab\n\t\r").ofMaxLength(60)
                .injectDuplicates(0.1).edgeCases(c -> c.add(""));
    }

    @Provide
    Arbitrary<String> arabic() {
        return ArabicArbitraries.arabicish();
    }
}
