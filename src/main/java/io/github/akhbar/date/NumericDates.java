package io.github.akhbar.date;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Numeric dates: "07/11/2024", "7-11-2024", "7.11.2024" day first (the Arab-world convention),
 * "2024-11-07" ISO when the year leads, "15/09/1445 هـ" Hijri. The three parts use one
 * separator, touch each other, and are not part of a longer run (a phone number
 * "0612-34-56-78"). Not API.
 */
final class NumericDates extends Grammar {

    NumericDates(Grammar g) {
        super(g);
    }

    DateScanner.Result at(int t) {
        if (!k.isNum(t)) {
            return null;
        }
        if (t > 1 && k.punct(t - 1, "/-.:,") && k.adjacent(t - 1, t) && k.isNum(t - 2) && k.adjacent(t - 2, t - 1)) {
            return null;
        }
        if (!(k.punct(t + 1, "/-.") && k.adjacent(t, t + 1) && k.isNum(t + 2) && k.adjacent(t + 1, t + 2)
                && k.isPunct(t + 3) && k.adjacent(t + 2, t + 3)
                && k.chars[k.ts[t + 3]] == k.chars[k.ts[t + 1]] && k.isNum(t + 4) && k.adjacent(t + 3, t + 4))) {
            return null;
        }
        if (k.punct(t + 5, "/-.:,") && k.adjacent(t + 4, t + 5) && k.isNum(t + 6) && k.adjacent(t + 5, t + 6)) {
            return null;
        }
        int y;
        int m;
        int d;
        if (k.digits(t) == 4 && k.digits(t + 2) <= 2 && k.digits(t + 4) <= 2) {
            y = k.num(t, 4);
            m = k.num(t + 2, 2);
            d = k.num(t + 4, 2);
        } else if (k.digits(t) <= 2 && k.digits(t + 2) <= 2 && k.digits(t + 4) == 4) {
            d = k.num(t, 2);
            m = k.num(t + 2, 2);
            y = k.num(t + 4, 4);
        } else {
            return null;
        }
        int next = t + 5;
        boolean hijri = false;
        if (Lexicon.HIJRI_SUFFIX.contains(k.word(next))) {
            hijri = true;
            next++;
        } else if (Lexicon.GREGORIAN_SUFFIX.contains(k.word(next))) {
            next++;
        }
        if (hijri) {
            LocalDate g = hijriYear(y) ? Hijri.toGregorian(calc, y, m, d) : null;
            if (g == null) {
                return null;
            }
            return finish(k.ts[t], next, g, g, DatePrecision.DAY, CalendarSystem.HIJRI, Hijri.fields(y, m, d),
                    false, null);
        }
        LocalDate date = gregorianYear(y) ? gregorian(y, m, d) : null;
        if (date == null) {
            return null;
        }
        return finish(k.ts[t], next, date, date, DatePrecision.DAY, CalendarSystem.GREGORIAN, null, false, null);
    }

    /** @return the date, or null when it does not exist (31/02) */
    static LocalDate gregorian(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
