package io.github.akhbar.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.akhbar.Document;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrdinalExtractorProperties {

    private static final RuleBasedNumberFormat ICU = new RuleBasedNumberFormat(new ULocale("ar"),
            RuleBasedNumberFormat.SPELLOUT);

    private static void assertOrdinal(String phrase, long n) {
        String text = "انطلقت الدورة " + phrase + " للمهرجان أمس";
        Document doc = OrdinalExtractor.create().process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<OrdinalMention> ms = doc.annotations(OrdinalMention.class);
        assertEquals(1, ms.size(), () -> phrase + " → " + ms);
        assertEquals(n, ms.get(0).value(), phrase);
        assertEquals(phrase, ms.get(0).span().of(text), phrase);
        assertEquals(List.of(), NumberExtractor.create().extract(text), () -> "number inside ordinal " + phrase);
    }

    @Property(tries = 500)
    void spelledOrdinalsRoundTrip(@ForAll @IntRange(min = 1, max = 999) int n,
                                  @ForAll("styles") NumberArbitraries.Style style) {
        assertOrdinal(NumberArbitraries.ordinal(n, style, true), n);
    }

    @Property(tries = 200)
    void indefiniteUnitOrdinalsRoundTrip(@ForAll @IntRange(min = 1, max = 10) int n,
                                         @ForAll("styles") NumberArbitraries.Style style) {
        String phrase = NumberArbitraries.ordinal(n, style, false);
        if (phrase.equals("ثانية")) {
            assertEquals(List.of(), OrdinalExtractor.create().extract("بعد " + phrase + " واحدة"));
        } else {
            assertOrdinal(phrase, n);
        }
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

    @Provide
    Arbitrary<String> icuOrdinalRuleSets() {
        return Arbitraries.of(List.of("%spellout-ordinal-masculine", "%spellout-ordinal-feminine"));
    }

    @Provide
    Arbitrary<List<Integer>> insertions() {
        return NumberArbitraries.markInsertions();
    }
}
