package io.github.akhbar.date;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Hijri ↔ Gregorian conversion through ICU4J's {@code IslamicCalendar}. Not API. */
final class Hijri {

    private Hijri() {
    }

    private static IslamicCalendar calendar(HijriCalculation calc) {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(calc.icu());
        c.clear();
        return c;
    }

    /** @return the Gregorian date of a Hijri date, or null when the day does not exist */
    static LocalDate toGregorian(HijriCalculation calc, int year, int month, int day) {
        if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        IslamicCalendar c = calendar(calc);
        c.set(IslamicCalendar.YEAR, year);
        c.set(IslamicCalendar.MONTH, month - 1);
        c.set(IslamicCalendar.DAY_OF_MONTH, 1);
        if (day > c.getActualMaximum(IslamicCalendar.DAY_OF_MONTH)) {
            return null;
        }
        c.set(IslamicCalendar.DAY_OF_MONTH, day);
        return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** @return the Hijri year containing a Gregorian date */
    static int yearOf(HijriCalculation calc, LocalDate date) {
        IslamicCalendar c = calendar(calc);
        c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return c.get(IslamicCalendar.YEAR);
    }

    /** @return the Hijri fields as written: "1445-09-15", "1445-09", "--09-15" */
    static String fields(int year, int month, int day) {
        StringBuilder sb = new StringBuilder();
        if (year > 0) {
            sb.append(String.format(java.util.Locale.ROOT, "%04d", year));
        } else {
            sb.append('-');
        }
        sb.append('-').append(String.format(java.util.Locale.ROOT, "%02d", month));
        if (day > 0) {
            sb.append('-').append(String.format(java.util.Locale.ROOT, "%02d", day));
        }
        return sb.toString();
    }
}
