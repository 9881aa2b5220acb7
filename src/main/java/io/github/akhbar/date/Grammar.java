package io.github.akhbar.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the parts of the date grammar share: the tokens, the reference date, the month index,
 * the Hijri calculation, and the one way a match becomes a {@link DateScanner.Found}. Not API.
 */
abstract class Grammar {

    /** Gregorian years read from text: earlier or later four-digit numbers are counts or codes. */
    static final int GREGORIAN_MIN = 1000;
    static final int GREGORIAN_MAX = 2199;
    /**
     * The last Hijri year read as Hijri (1599 AH ≈ 2175 CE): a Hijri month with a larger year and
     * no هـ is that month in a Gregorian year ("رمضان 2024").
     */
    static final int HIJRI_MAX = 1599;

    final Tokens k;
    /** The reference date, or null; {@link DateScanner} keeps it within years 1–9999. */
    final LocalDate ref;
    final MonthIndex months;
    final HijriCalculation calc;

    Grammar(Tokens k, LocalDate ref, MonthIndex months, HijriCalculation calc) {
        this.k = k;
        this.ref = ref;
        this.months = months;
        this.calc = calc;
    }

    Grammar(Grammar g) {
        this(g.k, g.ref, g.months, g.calc);
    }

    static boolean gregorianYear(int y) {
        return y >= GREGORIAN_MIN && y <= GREGORIAN_MAX;
    }

    static boolean hijriYear(int y) {
        return y >= 1 && y <= HIJRI_MAX;
    }

    /**
     * A match from folded offset {@code start} to the end of token {@code next - 1}. A one-day
     * date (resolved or not) takes a following time; a written weekday the date does not fall on
     * is flagged.
     *
     * @return the match and the token after it
     */
    DateScanner.Result finish(int start, int next, LocalDate from, LocalDate to, DatePrecision p, CalendarSystem cal,
            String hijri, boolean relative, DayOfWeek weekday) {
        boolean oneDay = from == null ? p == DatePrecision.DAY : from.equals(to);
        boolean mismatch = weekday != null && from != null && oneDay && from.getDayOfWeek() != weekday;
        int end = next;
        LocalTime time = null;
        if (oneDay && p == DatePrecision.DAY) {
            ClockTime.Found t = ClockTime.after(k, next);
            if (t != null) {
                time = t.time();
                end = t.next();
            }
        }
        return new DateScanner.Result(new DateScanner.Found(start, k.te[end - 1], from, to, p, time, cal, hijri,
                relative, mismatch), end);
    }
}
