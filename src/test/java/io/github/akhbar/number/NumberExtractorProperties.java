package io.github.akhbar.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.akhbar.Document;
import io.github.akhbar.internal.MatchFold;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberExtractorProperties {

    private static final RuleBasedNumberFormat ICU = new RuleBasedNumberFormat(new ULocale("ar"),
            RuleBasedNumberFormat.SPELLOUT);

    /** Asserts that {@code phrase}, placed in a sentence, is found as one number with value n. */
    private static void assertRoundTrip(String phrase, long n) {
        String text = "قال المصدر إن " + phrase + " شخصا حضروا";
        Document doc = NumberExtractor.create().process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<NumberMention> ms = doc.annotations(NumberMention.class);
        assertEquals(1, ms.size(), () -> phrase + " → " + ms);
        assertEquals(0, BigDecimal.valueOf(n).compareTo(ms.get(0).value()), () -> phrase + " → " + ms.get(0));
        assertEquals(phrase, ms.get(0).span().of(text), phrase);
    }

    @Property(tries = 500)
    void digitsInEveryScriptRoundTrip(@ForAll("upToTrillion") long n, @ForAll("scripts") int script,
                                      @ForAll("groupings") char grouping) {
        assertRoundTrip(NumberArbitraries.digits(n, script, grouping), n);
    }

    @Property(tries = 500)
    void spelledNumbersRoundTrip(@ForAll("wordNumbers") long n, @ForAll("styles") NumberArbitraries.Style style) {
        assertRoundTrip(NumberArbitraries.spell(n, style), n);
    }

    @Property(tries = 300)
    void icuSpelloutRoundTrips(@ForAll("wordNumbers") long n, @ForAll("icuRuleSets") String ruleSet) {
        assertRoundTrip(ICU.format(n, ruleSet), n);
    }

    @Property(tries = 300)
    void marksInsideNumberWordsChangeNoValue(@ForAll("wordNumbers") long n,
                                             @ForAll("styles") NumberArbitraries.Style style,
                                             @ForAll("insertions") List<Integer> picks) {
        String plain = NumberArbitraries.spell(n, style);
        String marked = NumberArbitraries.insertMarks(plain, picks);
        String text = "بلغ العدد " + marked + " تقريبا";
        Document doc = NumberExtractor.create().process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<NumberMention> ms = doc.annotations(NumberMention.class);
        assertEquals(1, ms.size(), () -> marked + " → " + ms);
        assertEquals(0, BigDecimal.valueOf(n).compareTo(ms.get(0).value()), marked);
        assertEquals(marked, ms.get(0).span().of(text));
        assertEquals(MatchFold.fold(plain), MatchFold.fold(ms.get(0).span().of(text)));
    }

    @Property(tries = 300)
    void anyTextIsAccepted(@ForAll("anyText") String text) {
        Document doc = NumberExtractor.create().andThen(OrdinalExtractor.create()).process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        for (NumberMention m : doc.annotations(NumberMention.class)) {
            String surface = MatchFold.fold(m.span().of(text));
            org.junit.jupiter.api.Assertions.assertFalse(surface.isBlank(), () -> "empty mention " + m);
        }
    }

    @Provide
    Arbitrary<Long> upToTrillion() {
        return NumberArbitraries.upToTrillion();
    }

    @Provide
    Arbitrary<Long> wordNumbers() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 1_000_000_000_000L),
                Arbitraries.longs().between(1, 100_000), Arbitraries.longs().between(1, 1000));
    }

    @Provide
    Arbitrary<Integer> scripts() {
        return NumberArbitraries.scripts();
    }

    @Provide
    Arbitrary<Character> groupings() {
        return NumberArbitraries.groupings();
    }

    @Provide
    Arbitrary<NumberArbitraries.Style> styles() {
        return NumberArbitraries.styles();
    }

    @Provide
    Arbitrary<String> icuRuleSets() {
        return Arbitraries.of(List.of("%spellout-numbering", "%spellout-cardinal-masculine",
                "%spellout-cardinal-feminine", "%spellout-numbering-year"));
    }

    @Provide
    Arbitrary<List<Integer>> insertions() {
        return NumberArbitraries.markInsertions();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(ArabicArbitraries.anyString(), ArabicArbitraries.arabicish());
    }
}
