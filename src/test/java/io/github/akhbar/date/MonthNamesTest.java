package io.github.akhbar.date;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MOROCCAN          | شتنبر         | SEPTEMBER",
        "MOROCCAN          | سبتمبر        | SEPTEMBER",
        "MOROCCAN          | دجنبر         | DECEMBER",
        "ALGERIAN_TUNISIAN | جانفي         | JANUARY",
        "ALGERIAN_TUNISIAN | جويليه        | JULY",
        "MAURITANIAN       | أغشت          | AUGUST",
        "LEVANTINE         | كانون الثاني  | JANUARY",
        "LEVANTINE         | كانون  الأول  | DECEMBER",
        "LEVANTINE         | كانون 2       | JANUARY",
        "STANDARD          | ابريل         | APRIL",
        "STANDARD          | إبريل         | APRIL",
        "STANDARD          | أبـــريل      | APRIL",
        "STANDARD          | نوڤمبر        | NOVEMBER",
        "ALGERIAN_TUNISIAN | ڤيفري         | FEBRUARY",
        "ALGERIAN_TUNISIAN | أڤريل         | APRIL",
        "LEVANTINE         | كانون ثاني    | JANUARY",
        "LEVANTINE         | تشرين اول     | OCTOBER",
        "LEVANTINE         | تشرين ثاني    | NOVEMBER",
        "LEVANTINE         | كانون أول     | DECEMBER",
        "LEVANTINE         | آب            | AUGUST",
        "LEVANTINE         | آبْ           | AUGUST",
        "LEVANTINE         | نيسان         | APRIL",
    })
    void looksUpNames(MonthSystem system, String form, Month month) {
        assertEquals(Optional.of(month), MonthNames.of(system).lookup(form));
    }

    @Test
    void hijriNamesHaveNumbersButNoGregorianMonth() {
        assertEquals(OptionalInt.of(9), MonthNames.of(MonthSystem.HIJRI).number("رمضان"));
        assertEquals(OptionalInt.of(4), MonthNames.of(MonthSystem.HIJRI).number("ربيع الثاني"));
        assertEquals(Optional.empty(), MonthNames.of(MonthSystem.HIJRI).lookup("رمضان"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ربيع أول     | 3",
        "ربيع ثاني    | 4",
        "ربيع الآخر   | 4",
        "جمادى الأول  | 5",
        "جمادى أولى   | 5",
        "جمادى الثاني | 6",
        "جمادى الآخر  | 6",
        "ذي الحجة     | 12",
    })
    void hijriVariants(String form, int month) {
        assertEquals(OptionalInt.of(month), MonthNames.of(MonthSystem.HIJRI).number(form));
    }

    @Test
    void exactFormsMatchOnlyAsSpelled() {
        MonthNames lv = MonthNames.of(MonthSystem.LEVANTINE);
        assertEquals(Optional.of(Month.AUGUST), lv.lookup("آب"));
        assertEquals(Optional.of(Month.AUGUST), lv.lookup("\u0627\u0653\u0628"), "alef + combining madda");
        assertEquals(Optional.empty(), lv.lookup("أب"));
        assertEquals(Optional.empty(), lv.lookup("اب"));
        assertEquals(Optional.empty(), lv.lookup("إب"));
        assertTrue(MonthNames.forms().stream().anyMatch(f -> f.exact() && f.ambiguous() && f.written().equals("آب")));
    }

    /** Every ambiguous form is a month after a narrow preposition and is not one after مع. */
    @Test
    void everyAmbiguousFormHasItsContextRuleBothWays() {
        DateExtractor x = DateExtractor.create();
        int checked = 0;
        for (MonthNames.Form f : MonthNames.forms()) {
            if (!f.ambiguous()) {
                continue;
            }
            checked++;
            List<DateMention> in = x.extract("وقع ذلك في " + f.written());
            assertEquals(1, in.size(), f.written() + " after في");
            assertTrue(x.extract("التقى مع " + f.written()).isEmpty(), f.written() + " after مع");
            assertTrue(x.extract("وصل إلى " + f.written()).isEmpty(), f.written() + " after إلى");
            assertEquals(1, x.extract("في 3 " + f.written() + " 1440").size(), f.written() + " with a day and year");
        }
        assertTrue(checked >= 10, "ambiguous forms: " + checked);
    }

    @Test
    void unknownFormsAreEmpty() {
        assertEquals(Optional.empty(), MonthNames.of(MonthSystem.STANDARD).lookup("غشت"));
        assertEquals(Optional.empty(), MonthNames.of(MonthSystem.STANDARD).lookup(""));
        assertThrows(NullPointerException.class, () -> MonthNames.of(MonthSystem.STANDARD).lookup(null));
        assertThrows(NullPointerException.class, () -> MonthNames.of(null));
    }

    @ParameterizedTest
    @EnumSource(MonthSystem.class)
    void everySystemHasTwelveDistinctMonths(MonthSystem system) {
        List<String> names = MonthNames.of(system).names();
        assertEquals(12, names.size());
        for (int m = 1; m <= 12; m++) {
            assertEquals(OptionalInt.of(m), MonthNames.of(system).number(names.get(m - 1)), names.get(m - 1));
        }
    }

    @Test
    void tableRowsHaveSourcesAndAmbiguousRowsAreKnown() {
        Map<String, Integer> seen = new HashMap<>();
        for (MonthNames.Form f : MonthNames.forms()) {
            Integer other = seen.putIfAbsent(f.folded(), f.month());
            if (other != null && f.system().isGregorian()) {
                assertEquals(other, f.month(), "form " + f.folded() + " names two different months");
            }
            if (f.ambiguous()) {
                // the context rule is in DateScanner.core; every ambiguous form must be rejected alone
                assertTrue(DateExtractor.create().extract("قال " + f.folded() + " كلاما").isEmpty(), f.folded());
            }
        }
    }

    /** Every month name ICU formats in any Arabic locale, Gregorian and Islamic. */
    @Test
    void recognisesEveryIcuArabicMonthName() {
        List<String> failures = new ArrayList<>();
        DateExtractor x = DateExtractor.create();
        int checked = 0;
        for (ULocale l : ULocale.getAvailableLocales()) {
            if (!l.getLanguage().equals("ar")) {
                continue;
            }
            for (String cal : new String[] {"gregorian", "islamic", "islamic-umalqura"}) {
                DateFormatSymbols s = new DateFormatSymbols(l.setKeywordValue("calendar", cal));
                for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                    for (int w : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                        String[] ms = s.getMonths(ctx, w);
                        for (int i = 0; i < 12; i++) {
                            checked++;
                            boolean hijri = !cal.equals("gregorian");
                            String text = hijri ? "7 " + ms[i] + " 1445 هـ" : "7 " + ms[i] + " 2024";
                            List<DateMention> found = x.extract(text);
                            boolean ok = found.size() == 1 && (hijri
                                    ? found.get(0).hijri().equals(String.format(java.util.Locale.ROOT, "1445-%02d-07", i + 1))
                                    : found.get(0).start().equals(LocalDate.of(2024, i + 1, 7)));
                            if (!ok) {
                                failures.add(l + " " + cal + " " + ms[i] + " -> " + found);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void toStringNamesTheSystem() {
        assertFalse(MonthNames.of(MonthSystem.HIJRI).toString().isEmpty());
        assertEquals(MonthSystem.HIJRI, MonthNames.of(MonthSystem.HIJRI).system());
    }
}
