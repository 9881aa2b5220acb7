package io.github.akhbar.date;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.github.akhbar.date.DateExtractorTest.REF;
import static io.github.akhbar.date.DateExtractorTest.assertNoDate;
import static io.github.akhbar.date.DateExtractorTest.extract;
import static io.github.akhbar.date.DateExtractorTest.one;
import static io.github.akhbar.date.DateExtractorTest.surface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hijri dates: conversion, calculations, Hijri years, and Hijri months in Gregorian years. */
class HijriDatesTest {

    @Test
    void hijriDateWithoutYearTakesTheNearestHijriYear() {
        DateMention m = one("في 15 رمضان");
        assertEquals(LocalDate.of(2025, 3, 15), m.start());
        assertEquals("--09-15", extract("في 15 رمضان", null).get(0).hijri());
        assertEquals("1446-09-15", m.hijri());
        assertTrue(m.relative());
    }

    @Test
    void numericHijriDate() {
        DateMention m = one("بتاريخ 15/09/1445 هـ");
        assertEquals(LocalDate.of(2024, 3, 25), m.start());
        assertEquals(CalendarSystem.HIJRI, m.calendar());
        assertEquals("1445-09-15", m.hijri());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "توفي سنة 1445 هـ  | سنة 1445 هـ",
        "1445 هـ           | 1445 هـ",
        "في 1445 هجرية     | 1445 هجرية",
    })
    void hijriYearAloneIsAHijriYear(String text, String surface) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m));
        assertEquals(CalendarSystem.HIJRI, m.calendar());
        assertEquals("1445", m.hijri());
        assertEquals(LocalDate.of(2023, 7, 19), m.start());
        assertEquals(LocalDate.of(2024, 7, 6), m.end());
        assertEquals(DatePrecision.YEAR, m.precision());
        assertEquals("2023-07-19/2024-07-06", m.value().orElseThrow());
    }

    @Test
    void hijriMentionKeepsItsFields() {
        DateMention m = one("في 15 رمضان 1445 هـ");
        assertEquals("1445-09-15", m.hijri());
        assertEquals(java.util.Optional.of("1445-09-15"), m.hijriFields());
        assertEquals(Map.of("value", "2024-03-25", "from", "2024-03-25", "to", "2024-03-25", "precision", "day",
                "calendar", "hijri", "hijri", "1445-09-15"), m.attributes());
    }

    /** ICU4J's own conversion, for the expected values below. */
    static LocalDate icu(HijriCalculation calc, int year, int month, int day) {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(calc.icu());
        c.clear();
        c.set(year, month - 1, day);
        return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    @ParameterizedTest
    @EnumSource(HijriCalculation.class)
    void everyCalculationGivesIcusDate(HijriCalculation calc) {
        DateExtractor x = DateExtractor.builder().hijriCalculation(calc).build();
        for (int[] d : new int[][] {{1445, 9, 1}, {1445, 10, 1}, {1446, 1, 1}, {1400, 12, 10}, {1350, 3, 12}}) {
            String text = d[2] + " " + MonthNames.of(MonthSystem.HIJRI).names().get(d[1] - 1) + " " + d[0] + " هـ";
            assertEquals(icu(calc, d[0], d[1], d[2]), x.extract(text).get(0).start(), calc + " " + text);
        }
    }

    @Test
    void calculationsDisagreeSoTheSettingMatters() {
        Set<LocalDate> starts = new HashSet<>();
        for (HijriCalculation calc : HijriCalculation.values()) {
            starts.add(DateExtractor.builder().hijriCalculation(calc).build().extract("1 رمضان 1445 هـ").get(0).start());
        }
        assertTrue(starts.size() > 1, "every calculation gave " + starts);
        // Umm al-Qura (the default): 1 Ramadan 1445 is Monday 11 March 2024; the tabular
        // (Thursday-epoch) calendar puts it on Sunday 10 March
        assertEquals(LocalDate.of(2024, 3, 11), DateExtractor.create().extract("1 رمضان 1445 هـ").get(0).start());
        DateExtractor tabular = DateExtractor.builder().hijriCalculation(HijriCalculation.TABULAR).build();
        assertEquals(LocalDate.of(2024, 3, 10), tabular.extract("1 رمضان 1445 هـ").get(0).start());
        assertNotEquals(tabular, DateExtractor.create());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a Hijri month with a Gregorian year: that month as it falls in that year
        "مسلسلات رمضان 2024       | رمضان 2024       | 2024-03-11/2024-04-09 | 1445-09",
        "موسم ذو الحجة 2024       | ذو الحجة 2024    | 2024-06-07/2024-07-06 | 1445-12",
        "في 15 رمضان 2024         | 15 رمضان 2024    | 2024-03-25            | 1445-09-15",
        "في رمضان 2024م           | رمضان 2024م      | 2024-03-11/2024-04-09 | 1445-09",
        "في رمضان سنة 1996        | رمضان سنة 1996   | 1996-01-22/1996-02-19 | 1416-09",
        // Ramadan begins twice in 2030: the one with more days in the year wins
        "في رمضان 2030            | رمضان 2030       | 2030-01-05/2030-02-03 | 1451-09",
        // a Hijri year stays Hijri
        "قبل رمضان 1445           | رمضان 1445       | 2024-03-11/2024-04-09 | 1445-09",
        "في رمضان 1452 هـ         | رمضان 1452 هـ    | 2030-12-26/2031-01-23 | 1452-09",
    })
    void hijriMonthWithAGregorianYear(String text, String surface, String value, String hijri) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m));
        assertEquals(value, m.value().orElse(null));
        assertEquals(hijri, m.hijri());
        assertEquals(CalendarSystem.HIJRI, m.calendar());
        assertFalse(m.relative());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "في رمضان 2024 هـ",
        "في 15 رمضان 2024 هـ",
        "توفي سنة 1700 هـ",
        "بتاريخ 15/09/1700 هـ",
        "في رمضان 2500",
    })
    void hijriYearsBeyond1599AreNotHijriDates(String text) {
        assertNoDate(text);
    }

    @Test
    void hijriRangeWithAGregorianYear() {
        DateMention m = one("من 1 إلى 10 رمضان 2024");
        assertEquals("2024-03-11/2024-03-20", m.value().orElseThrow());
        assertEquals("1445-09-01/1445-09-10", m.hijri());
    }

    @Test
    void hijriReferenceYearComesFromTheReference() {
        DateMention m = extract("في رمضان الماضي", REF).get(0);
        assertEquals("2024-03-11/2024-04-09", m.value().orElseThrow());
        assertEquals("1445-09", m.hijri());
    }
}
