package io.github.akhbar.date;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Hijri ↔ Gregorian conversion through ICU4J's {@code IslamicCalendar}. Each conversion works on
 * a clone of a per-calculation prototype that is configured once and never changed afterwards
 * (building an {@code IslamicCalendar} costs ten times more than cloning one). Not API.
 */
final class Hijri {

    private Hijri() {
    }

    /** Cleared calendars in GMT, one per calculation; only ever cloned. */
    private static final class Prototypes {
        static final IslamicCalendar[] BY_CALCULATION = new IslamicCalendar[HijriCalculation.values().length];

        static {
            for (HijriCalculation calc : HijriCalculation.values()) {
                IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
                c.setCalculationType(calc.icu());
                c.clear();
                BY_CALCULATION[calc.ordinal()] = c;
            }
        }
    }

    private static IslamicCalendar calendar(HijriCalculation calc) {
        return (IslamicCalendar) Prototypes.BY_CALCULATION[calc.ordinal()].clone();
    }

    /** @return the Gregorian date of a Hijri date, or null when the day does not exist */
    static LocalDate toGregorian(HijriCalculation calc, int year, int month, int day) {
        if (year < 1 || year > 10000 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        IslamicCalendar c = calendar(calc);
        c.set(IslamicCalendar.YEAR, year);
        c.set(IslamicCalendar.MONTH, month - 1);
        c.set(IslamicCalendar.DAY_OF_MONTH, day);
        long millis = c.getTimeInMillis();
        // a lenient calendar rolls "30" of a 29-day month into the next month: then the day does not exist
        if (c.get(IslamicCalendar.DAY_OF_MONTH) != day || c.get(IslamicCalendar.MONTH) != month - 1) {
            return null;
        }
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** @return the Gregorian date of the last day of a Hijri month, or null outside the range converted */
    static LocalDate monthEnd(HijriCalculation calc, int year, int month) {
        LocalDate next = month == 12 ? toGregorian(calc, year + 1, 1, 1) : toGregorian(calc, year, month + 1, 1);
        return next == null ? null : next.minusDays(1);
    }

    /**
     * The Hijri year in which a Hijri month (or day of it) falls inside a Gregorian year, for
     * "رمضان 2024": the occurrence of the day inside that year, or of the month with the most
     * days inside it (the earlier one on a tie: a month can begin twice in one Gregorian year).
     *
     * @param day 0 for the whole month
     * @return the Hijri year, or 0 when the month (day) does not fall in that year
     */
    static int yearIn(HijriCalculation calc, int month, int day, int gregorianYear) {
        LocalDate jan1 = LocalDate.of(gregorianYear, 1, 1);
        LocalDate dec31 = LocalDate.of(gregorianYear, 12, 31);
        int best = 0;
        long bestDays = 0;
        for (int y = yearOf(calc, jan1); y <= yearOf(calc, dec31); y++) {
            if (day > 0) {
                LocalDate d = toGregorian(calc, y, month, day);
                if (d != null && d.getYear() == gregorianYear) {
                    return y;
                }
                continue;
            }
            LocalDate a = toGregorian(calc, y, month, 1);
            LocalDate b = monthEnd(calc, y, month);
            if (a == null || b == null) {
                continue;
            }
            LocalDate from = a.isBefore(jan1) ? jan1 : a;
            LocalDate to = b.isAfter(dec31) ? dec31 : b;
            long days = to.toEpochDay() - from.toEpochDay() + 1;
            if (days > bestDays) {
                bestDays = days;
                best = y;
            }
        }
        return best;
    }

    /** @return the Hijri year containing a Gregorian date */
    static int yearOf(HijriCalculation calc, LocalDate date) {
        IslamicCalendar c = calendar(calc);
        c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return c.get(IslamicCalendar.YEAR);
    }

    /** @return the Hijri fields as written: "1445-09-15", "1445-09", "--09-15" */
    static String fields(int year, int month, int day) {
        StringBuilder sb = new StringBuilder(10);
        if (year > 0) {
            pad(sb, year, 4);
        } else {
            sb.append('-');
        }
        pad(sb.append('-'), month, 2);
        if (day > 0) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(v);
    }
}
