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
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTotal(text);
    }

    @Property(tries = 1000)
    void anyNumberTextIsAccepted(@ForAll("numberText") String text) {
        boolean found = assertTotal(text);
        Statistics.label("mentions").collect(found);
        Statistics.label("mentions").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    /** Both extractors, standalone and in a pipeline, accept the text; returns whether anything was found. */
    private static boolean assertTotal(String text) {
        Document doc = NumberExtractor.create().andThen(OrdinalExtractor.create()).process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<NumberMention> numbers = doc.annotations(NumberMention.class);
        List<OrdinalMention> ordinals = doc.annotations(OrdinalMention.class);
        assertEquals(numbers, NumberExtractor.create().extract(text));
        assertEquals(ordinals, OrdinalExtractor.create().extract(text));
        for (NumberMention m : numbers) {
            assertFalse(MatchFold.fold(m.span().of(text)).isBlank(), () -> "empty mention " + m);
        }
        for (OrdinalMention m : ordinals) {
            assertTrue(m.value() >= 1, m::toString);
            for (NumberMention n : numbers) {
                assertFalse(m.span().overlaps(n.span()), () -> "a word in both " + m + " and " + n);
            }
        }
        return !numbers.isEmpty() || !ordinals.isEmpty();
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

    /** Every public cardinal spellout rule set ICU has for ar (all but the ordinal ones). */
    @Provide
    Arbitrary<String> icuRuleSets() {
        List<String> sets = Arrays.stream(ICU.getRuleSetNames()).filter(n -> !n.contains("ordinal")).toList();
        assertTrue(sets.contains("%spellout-cardinal-masculine") && sets.contains("%spellout-cardinal-feminine"),
                sets::toString);
        return Arbitraries.of(sets);
    }

    @Provide
    Arbitrary<List<Integer>> insertions() {
        return NumberArbitraries.markInsertions();
    }

    @Provide
    Arbitrary<String> numberText() {
        return NumberArbitraries.numberText();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(ArabicArbitraries.anyString(), ArabicArbitraries.arabicish());
    }
}
