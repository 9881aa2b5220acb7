package io.github.akhbar.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.akhbar.Document;
import io.github.akhbar.testing.DocumentAssertions;
import io.github.akhbar.number.OrdinalMention.Gender;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrdinalExtractorProperties {

    private static final RuleBasedNumberFormat ICU = new RuleBasedNumberFormat(new ULocale("ar"),
            RuleBasedNumberFormat.SPELLOUT);

    private static OrdinalMention assertOrdinal(String phrase, long n) {
        String text = "انطلقت الدورة " + phrase + " للمهرجان أمس";
        Document doc = OrdinalExtractor.create().process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<OrdinalMention> ms = doc.annotations(OrdinalMention.class);
        assertEquals(1, ms.size(), () -> phrase + " → " + ms);
        assertEquals(n, ms.get(0).value(), phrase);
        assertEquals(phrase, ms.get(0).span().of(text), phrase);
        assertEquals(List.of(), NumberExtractor.create().extract(text), () -> "number inside ordinal " + phrase);
        return ms.get(0);
    }

    @Property(tries = 1000)
    void everyOrdinalFormRoundTrips(@ForAll @IntRange(min = 1, max = 999) int n,
                                    @ForAll("styles") NumberArbitraries.Style style, @ForAll boolean definite) {
        NumberArbitraries.OrdinalForm form = NumberArbitraries.ordinalForm(n, style, definite);
        if (form.ordinal()) {
            OrdinalMention m = assertOrdinal(form.phrase(), n);
            assertEquals(form.gender(), m.gender(), form.phrase());
            assertEquals(definite, m.definite(), form.phrase());
        } else if (form.phrase().equals("ثانية")) {
            // indefinite ثانية alone is the time unit: neither an ordinal nor a number
            assertEquals(List.of(), OrdinalExtractor.create().extract("بعد " + form.phrase() + " واحدة"));
        } else {
            // an indefinite round ten or hundred is written exactly like the cardinal
            String text = "انطلقت الدورة " + form.phrase() + " للمهرجان أمس";
            assertEquals(List.of(), OrdinalExtractor.create().extract(text), form.phrase());
            List<NumberMention> ms = NumberExtractor.create().extract(text);
            assertEquals(1, ms.size(), () -> form.phrase() + " → " + ms);
            assertEquals(0, BigDecimal.valueOf(n).compareTo(ms.get(0).value()), form.phrase());
        }
    }

    @Property(tries = 300)
    void cardinalStyleOrdinalsRoundTrip(@ForAll @IntRange(min = 21, max = 99) int n,
                                        @ForAll("styles") NumberArbitraries.Style style) {
        Assume.that(n % 10 != 0);
        OrdinalMention m = assertOrdinal(NumberArbitraries.cardinalStyleOrdinal(n, style), n);
        assertEquals(style.feminine() ? Gender.FEMININE : Gender.MASCULINE, m.gender());
    }

    @Property(tries = 200)
    void icuOrdinalsRoundTrip(@ForAll @IntRange(min = 1, max = 99) int n,
                              @ForAll("icuOrdinalRuleSets") String ruleSet) {
        assertOrdinal(ICU.format(n, ruleSet), n);
    }

    @Property(tries = 500)
    void digitOrdinalsRoundTrip(@ForAll @IntRange(min = 1, max = 100_000) int n, @ForAll("scripts") int script,
                                @ForAll @IntRange(min = 0, max = 3) int tatweels, @ForAll boolean space) {
        String phrase = "ال" + "\u0640".repeat(tatweels) + (space ? " " : "")
                + NumberArbitraries.digits(n, script, (char) 0);
        assertOrdinal(phrase, n);
    }

    @Property(tries = 300)
    void marksInsideOrdinalsChangeNoValue(@ForAll @IntRange(min = 1, max = 999) int n,
                                          @ForAll("styles") NumberArbitraries.Style style,
                                          @ForAll("insertions") List<Integer> picks) {
        String marked = NumberArbitraries.insertMarks(NumberArbitraries.ordinal(n, style, true), picks);
        assertOrdinal(marked, n);
    }

    @Provide
    Arbitrary<NumberArbitraries.Style> styles() {
        return NumberArbitraries.styles();
    }

    @Provide
    Arbitrary<Integer> scripts() {
        return NumberArbitraries.scripts();
    }

    /** ICU's public ordinal rule sets for ar (their text above 99 is ungrammatical, so 1..99 only). */
    @Provide
    Arbitrary<String> icuOrdinalRuleSets() {
        List<String> sets = Arrays.stream(ICU.getRuleSetNames()).filter(n -> n.contains("ordinal")).toList();
        assertEquals(2, sets.size(), sets::toString);
        return Arbitraries.of(sets);
    }

    @Provide
    Arbitrary<List<Integer>> insertions() {
        return NumberArbitraries.markInsertions();
    }
}
