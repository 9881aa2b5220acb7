package io.github.akhbar.date;

import io.github.akhbar.date.Lexicon.Mod;
import io.github.akhbar.date.Lexicon.Unit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * Turns parsed {@link DateParts} into Gregorian dates: fills a missing year from the reference
 * date and a trailing modifier (الماضي، المقبل، الجاري، "من العام الماضي"), converts Hijri fields,
 * rejects days that do not exist. Not API.
 */
final class DateResolver extends Grammar {

    DateResolver(Grammar g) {
        super(g);
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /**
     * @param first   the first token of the mention
     * @param a       the date, or the first end of a range
     * @param b       the second end of a range, or null
     * @param weekday a weekday written before the date, or null
     * @return the match; a {@code Result} without a match when the tokens are a date that does
     *         not exist ("31 فبراير"); null when nothing fits
     */
    DateScanner.Result resolve(int first, DateParts a, DateParts b, DayOfWeek weekday) {
        DateParts last = b == null ? a : b;
        int next = last.next;
        Mod mod = null;
        Mod yearMod = null;
        if (last.year == 0 && !last.yearOnly) {
            if (Lexicon.MODIFIERS.containsKey(k.word(next))) {
                mod = Lexicon.MODIFIERS.get(k.word(next));
                next++;
            } else if (k.is(next, Lexicon.OF) && yearModifierAt(next + 1)) {
                // "17 ديسمبر من العام الحالي", "فبراير من العام الماضي"
                yearMod = Lexicon.MODIFIERS.get(k.word(next + 2));
                next += 3;
            } else if (yearModifierAt(next)) {
                // "24 مارس العام الماضي"
                yearMod = Lexicon.MODIFIERS.get(k.word(next + 1));
                next += 2;
            }
        }
        if (mod == null && b == null) {
            mod = a.mod;
        }
        int start = k.ts[first] + (first == a.start ? a.skip : 0);
        CalendarSystem cal = a.hijri ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN;
        if (a.yearOnly) {
            Period pa = yearPeriod(a.year, a.hijri);
            Period pb = b == null ? pa : yearPeriod(b.year, b.hijri);
            if (pa == null || pb == null || pb.to.isBefore(pa.from)) {
                return null;
            }
            String h = a.hijri ? (b == null ? String.valueOf(a.year) : a.year + "/" + b.year) : null;
            return finish(start, next, pa.from, pb.to, DatePrecision.YEAR, cal, h, false, null);
        }
        if (!plausible(a) || (b != null && !plausible(b))) {
            return new DateScanner.Result(null, next); // "31 فبراير": not a date, and "فبراير" alone is not one either
        }
        boolean relative = a.year == 0 || (b != null && b.year == 0) || a.yearFromReference;
        DatePrecision p = a.day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
        String fields = a.hijri ? hijriFields(a, b) : null;
        if (relative && (ref == null || !resolveYears(a, b, mod, yearMod))) {
            // no reference, or one the Hijri conversion cannot reach: found, but unresolved
            return finish(start, next, null, null, p, cal, fields, true, weekday);
        }
        Period pa = period(a);
        Period pb = b == null ? pa : period(b);
        if (pa == null || pb == null || pb.to.isBefore(pa.from)) {
            return new DateScanner.Result(null, next);
        }
        if (b != null && (a.day > 0) != (b.day > 0)) {
            return null;
        }
        return finish(start, next, pa.from, pb.to, p, cal, a.hijri ? hijriFields(a, b) : null, relative, weekday);
    }

    /**
     * Fills the years left out: the later end's from the modifier or the nearest candidate, the
     * earlier end's from its own modifier or from the later end.
     *
     * @return false when a year cannot be chosen (a Hijri date against a reference outside the
     *         converted range)
     */
    private boolean resolveYears(DateParts a, DateParts b, Mod mod, Mod yearMod) {
        DateParts last = b == null ? a : b;
        if (yearMod != null) {
            int base = last.hijri ? Hijri.yearOf(calc, ref) : ref.getYear();
            last.year = base + (yearMod == Mod.PAST ? -1 : yearMod == Mod.NEXT ? 1 : 0);
        }
        if (b != null) {
            if (b.year == 0) {
                b.year = chooseYear(b, mod);
            }
            if (a.year == 0 && a.mod != null) {
                a.year = chooseYear(a, a.mod);
            } else if (a.year == 0 && b.year != Integer.MIN_VALUE) {
                a.year = a.month > b.month || (a.month == b.month && a.day > b.day) ? b.year - 1 : b.year;
            }
            return a.year != Integer.MIN_VALUE && b.year != Integer.MIN_VALUE;
        }
        if (a.year == 0) {
            a.year = chooseYear(a, mod);
        }
        return a.year != Integer.MIN_VALUE;
    }

    /** "العام الماضي", "السنة المقبلة" at token {@code t}. */
    boolean yearModifierAt(int t) {
        return Lexicon.PERIODS.get(k.word(t)) == Unit.YEAR && Lexicon.MODIFIERS.containsKey(k.word(t + 1));
    }

    private static boolean plausible(DateParts c) {
        if (c.invalid) {
            return false;
        }
        if (c.day > 0 && !c.hijri && c.day > Month.of(c.month).maxLength()) {
            return false;
        }
        if (c.day > 30 && c.hijri) {
            return false;
        }
        return c.year == 0 || (c.hijri ? hijriYear(c.year) : gregorianYear(c.year));
    }

    private static String hijriFields(DateParts a, DateParts b) {
        String s = Hijri.fields(a.year, a.month, a.day);
        return b == null ? s : s + "/" + Hijri.fields(b.year, b.month, b.day);
    }

    private Period period(DateParts c) {
        if (c.hijri) {
            if (c.day > 0) {
                LocalDate d = Hijri.toGregorian(calc, c.year, c.month, c.day);
                return d == null ? null : new Period(d, d);
            }
            LocalDate a = Hijri.toGregorian(calc, c.year, c.month, 1);
            LocalDate b = Hijri.monthEnd(calc, c.year, c.month);
            return a == null || b == null ? null : new Period(a, b);
        }
        if (c.day > 0) {
            LocalDate d = NumericDates.gregorian(c.year, c.month, c.day);
            return d == null ? null : new Period(d, d);
        }
        LocalDate a = LocalDate.of(c.year, c.month, 1);
        return new Period(a, a.withDayOfMonth(a.lengthOfMonth()));
    }

    private Period yearPeriod(int y, boolean hijri) {
        if (hijri) {
            LocalDate a = Hijri.toGregorian(calc, y, 1, 1);
            LocalDate b = Hijri.monthEnd(calc, y, 12);
            return a == null || b == null ? null : new Period(a, b);
        }
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /**
     * The year of a date written without one: PAST = latest before the reference, NEXT = earliest
     * after it, CURRENT = the reference's year, none = the candidate nearest the reference.
     *
     * @return the year, or {@code Integer.MIN_VALUE} when no candidate exists
     */
    private int chooseYear(DateParts c, Mod mod) {
        int base = c.hijri ? Hijri.yearOf(calc, ref) : ref.getYear();
        if (mod == Mod.CURRENT) {
            return base;
        }
        int best = Integer.MIN_VALUE;
        long bestDist = Long.MAX_VALUE;
        for (int y = base - 1; y <= base + 1; y++) {
            int saved = c.year;
            c.year = y;
            Period p = period(c);
            c.year = saved;
            if (p == null) {
                continue;
            }
            if (mod == Mod.PAST) {
                if (p.to.isBefore(ref)) {
                    best = y;
                }
            } else if (mod == Mod.NEXT) {
                if (p.from.isAfter(ref) && best == Integer.MIN_VALUE) {
                    best = y;
                }
            } else {
                long dist = ref.isBefore(p.from) ? ChronoUnit.DAYS.between(ref, p.from)
                        : ref.isAfter(p.to) ? ChronoUnit.DAYS.between(p.to, ref) : 0;
                if (dist < bestDist) {
                    bestDist = dist;
                    best = y;
                }
            }
        }
        return best;
    }
}
