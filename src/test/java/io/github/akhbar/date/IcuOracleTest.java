package io.github.akhbar.date;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ICU4J as an independent oracle, swept deterministically: every Arabic locale ICU knows × every
 * pattern × a fixed set of dates (every month, first and last days, leap days, several decades),
 * Gregorian and Hijri (every {@link HijriCalculation}).
 */
class IcuOracleTest {

    /** Every locale ICU4J has with language {@code ar}. */
    static final List<ULocale> ARABIC = Arrays.stream(ULocale.getAvailableLocales())
            .filter(l -> l.getLanguage().equals("ar")).toList();

    static final String[] PATTERNS = {"d MMMM y", "EEEE d MMMM y"};

    /** Twelve months × first/middle/last day, in four years including a leap year, plus leap days. */
    static List<LocalDate> sampleDates() {
        List<LocalDate> out = new ArrayList<>();
        for (int year : new int[] {1956, 1999, 2024, 2031}) {
            for (int m = 1; m <= 12; m++) {
                LocalDate first = LocalDate.of(year, m, 1);
                out.add(first);
                out.add(first.withDayOfMonth(15));
                out.add(first.withDayOfMonth(first.lengthOfMonth()));
            }
        }
        out.add(LocalDate.of(2000, 2, 29));
        out.add(LocalDate.of(2028, 2, 29));
        return out;
    }

    /** Every 16 days over a Hijri year (each Hijri month, its first half and second half), plus other decades. */
    static List<LocalDate> hijriSampleDates() {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            out.add(LocalDate.of(2024, 1, 3).plusDays(16L * i));
        }
        out.add(LocalDate.of(1956, 3, 1));
        out.add(LocalDate.of(1999, 12, 31));
        out.add(LocalDate.of(2031, 7, 15));
        return out;
    }

    /** The formats checked per locale: the two patterns and the locale's FULL and LONG styles. */
    static List<DateFormat> formats(ULocale locale) {
        List<DateFormat> fs = new ArrayList<>();
        for (String p : PATTERNS) {
            fs.add(new SimpleDateFormat(p, locale));
        }
        fs.add(DateFormat.getDateInstance(DateFormat.FULL, locale));
        fs.add(DateFormat.getDateInstance(DateFormat.LONG, locale));
        for (DateFormat f : fs) {
            f.setTimeZone(TimeZone.GMT_ZONE);
        }
        return fs;
    }

    static Date at(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static String check(DateExtractor x, String text, LocalDate expected, CalendarSystem calendar) {
        List<DateMention> all = x.extract(text);
        if (all.size() != 1) {
            return text + " -> " + all;
        }
        DateMention m = all.get(0);
        if (!expected.equals(m.start()) || !expected.equals(m.end()) || m.calendar() != calendar
                || m.weekdayMismatch()) {
            return text + " -> " + m;
        }
        return null;
    }

    @Test
    void everyArabicLocaleEveryPatternGregorian() {
        assertTrue(ARABIC.size() > 20, "ICU Arabic locales: " + ARABIC);
        DateExtractor x = DateExtractor.create();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ULocale locale : ARABIC) {
            for (DateFormat f : formats(locale)) {
                for (LocalDate d : sampleDates()) {
                    String failure = check(x, f.format(at(d)), d, CalendarSystem.GREGORIAN);
                    checked++;
                    if (failure != null) {
                        failures.add(locale + ": " + failure);
                    }
                }
            }
        }
        assertEquals(ARABIC.size() * 4 * sampleDates().size(), checked);
        assertEquals(List.of(), failures);
    }

    /** ICU's calendar keyword for each calculation. */
    static String keyword(HijriCalculation c) {
        return switch (c) {
            case UMM_AL_QURA -> "islamic-umalqura";
            case CIVIL -> "islamic-civil";
            case TABULAR -> "islamic-tbla";
            case ASTRONOMICAL -> "islamic";
        };
    }

    static DateFormat hijriFormat(ULocale locale, HijriCalculation calc, String pattern) {
        ULocale l = locale.setKeywordValue("calendar", keyword(calc));
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, l);
        cal.setCalculationType(calc.icu());
        DateFormat f = pattern == null ? DateFormat.getDateInstance(cal, DateFormat.LONG, l)
                : new SimpleDateFormat(pattern, l);
        f.setCalendar(cal);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f;
    }

    @Test
    void everyArabicLocaleEveryCalculationHijri() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (HijriCalculation calc : HijriCalculation.values()) {
            DateExtractor x = DateExtractor.builder().hijriCalculation(calc).build();
            for (ULocale locale : ARABIC) {
                for (String pattern : new String[] {"d MMMM y G", "d MMMM y", null}) {
                    DateFormat f = hijriFormat(locale, calc, pattern);
                    for (LocalDate d : hijriSampleDates()) {
                        String failure = check(x, f.format(at(d)), d, CalendarSystem.HIJRI);
                        checked++;
                        if (failure != null) {
                            failures.add(calc + " " + locale + ": " + failure);
                        }
                    }
                }
            }
        }
        assertEquals(HijriCalculation.values().length * ARABIC.size() * 3 * hijriSampleDates().size(), checked);
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
    }
}
