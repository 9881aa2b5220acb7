package io.github.akhbar;

import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class WhitespaceCleanerTest {

    private final WhitespaceCleaner cleaner = WhitespaceCleaner.create();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  a \t b  '|'a b'",
            "'a \r\n b'|'a\nb'",
            "'a\n\n\n\nb'|'a\n\nb'",
            "'a\rb'|'a\nb'",
            "'\n\nالخبر  الأول \n'|'الخبر الأول'",
    })
    void cleans(String in, String out) {
        assertEquals(out, cleaner.clean(in));
        Document d = cleaner.process(Document.of(in));
        assertEquals(out, d.text());
        DocumentAssertions.assertValid(d);
    }

    @Test
    void unchangedTextIsTheSameInstance() {
        String s = "a b\n\nc";
        assertSame(s, cleaner.clean(s));
        Document d = Document.of(s);
        assertSame(d, cleaner.process(d));
    }

    @Test
    void noBreakSpacesAreLeftAlone() {
        assertEquals("a\u00A0\u00A0b", cleaner.clean("a\u00A0\u00A0b"));
    }

    @Property(tries = 500)
    void idempotent(@ForAll("texts") String s) {
        String once = cleaner.clean(s);
        assertEquals(once, cleaner.clean(once));
    }

    @Property(tries = 500)
    void everyNonSpaceCharMapsToItself(@ForAll("texts") String s) {
        Document d = cleaner.process(Document.of(s));
        for (int i = 0; i < d.text().length(); i++) {
            char c = d.text().charAt(i);
            if (c != ' ' && c != '\n') {
                assertEquals(String.valueOf(c), d.offsets().toOriginal(i, i + 1).of(s));
            }
        }
        DocumentAssertions.assertValid(d);
    }

    @Property(tries = 300)
    void totalOnAnyString(@ForAll("any") String s) {
        DocumentAssertions.assertValid(cleaner.process(Document.of(s)));
    }

    @Provide
    Arbitrary<String> texts() {
        return ArabicArbitraries.arabicish(80);
    }

    @Provide
    Arbitrary<String> any() {
        return ArabicArbitraries.anyString();
    }
}
