package io.github.akhbar.date;

import io.github.akhbar.date.Lexicon.Mod;
import io.github.akhbar.date.Lexicon.Unit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Relative dates resolved against the reference: اليوم، أمس، أول أمس/أمس الأول، غدا، بعد غد;
 * "قبل 3 أيام"، "منذ أسبوعين"، "بعد شهر"; "الأسبوع/الشهر/العام الماضي". Counts of weeks, months and
 * years name the whole period they land in ("قبل شهرين" on 2024-11-08 is 2024-09). Without a
 * reference they are found but unresolved. Not API.
 */
final class RelativeDates extends Grammar {

    private final MonthDates dated;

    RelativeDates(MonthDates dated) {
        super(dated);
        this.dated = dated;
    }

    DateScanner.Result at(int t) {
        String w = k.word(t);
        if (w.equals(Lexicon.TODAY)) {
            return day(t, t + 1, 0);
        }
        if (w.equals(Lexicon.YESTERDAY)) {
            return k.is(t + 1, Lexicon.FIRST) ? day(t, t + 2, -2) : day(t, t + 1, -1);
        }
        if (w.equals(Lexicon.FIRST_OF)) {
            return k.is(t + 1, Lexicon.YESTERDAY) ? day(t, t + 2, -2) : null;
        }
        if (w.equals(Lexicon.TOMORROW)) {
            return day(t, t + 1, 1);
        }
        if (w.equals(Lexicon.AFTER)) {
            return k.is(t + 1, Lexicon.TOMORROW_NOUN) ? day(t, t + 2, 2) : ago(t, 1);
        }
        if (w.equals(Lexicon.BEFORE) || w.equals(Lexicon.SINCE)) {
            return ago(t, -1);
        }
        Unit period = Lexicon.PERIODS.get(w);
        Mod mod = Lexicon.MODIFIERS.get(k.word(t + 1));
        if (period != null && mod != null) {
            if (w.equals(Lexicon.YEAR_DEFINITE) && Lexicon.generalBefore(k.word(t - 1))) {
                return null; // "الأمين العام الحالي": the current secretary general
            }
            return period(t, t + 2, period, mod);
        }
        return null;
    }

    /**
     * اليوم/أمس/غدا: a following weekday joins the mention ("أمس السبت"), and so does a following
     * date, which then gives the value ("اليوم الجمعة 3 فيفري 2017"), and a time ("أمس على الساعة
     * 16:45"). "اليوم" that means "the day" (في اليوم نفسه، المصري اليوم) is skipped.
     */
    private DateScanner.Result day(int first, int next, int offset) {
        int j = k.punct(next, ",\u060C") ? next + 1 : next;
        DateScanner.Result date = dated.at(j);
        if (date != null && date.found() != null) {
            DateScanner.Found x = date.found();
            return new DateScanner.Result(new DateScanner.Found(k.ts[first], x.end(), x.from(), x.to(), x.precision(),
                    x.time(), x.calendar(), x.hijri(), x.relative(), x.weekdayMismatch()), date.next());
        }
        if (offset == 0 && (Lexicon.NOT_TODAY_BEFORE.contains(k.word(first - 1))
                || Lexicon.NOT_TODAY_AFTER.contains(k.word(next)))) {
            return null;
        }
        LocalDate d = ref == null ? null : ref.plusDays(offset);
        DayOfWeek weekday = Lexicon.WEEKDAYS.get(k.word(j));
        int end = weekday != null ? j + 1 : next;
        return finish(k.ts[first], end, d, d, DatePrecision.DAY, CalendarSystem.GREGORIAN, null, true, weekday);
    }

    private DateScanner.Result ago(int t, int sign) {
        int count;
        Unit unit;
        int next;
        Unit dual = Lexicon.DUALS.get(k.word(t + 1));
        if (dual != null) {
            count = 2;
            unit = dual;
            next = t + 2;
        } else if (Lexicon.SINGULAR_UNITS.contains(k.word(t + 1)) && !k.isNum(t + 2)
                && !Lexicon.WEEKDAYS.containsKey(k.word(t + 2)) && months.match(k, t + 2) == null) {
            count = 1;
            unit = Lexicon.UNITS.get(k.word(t + 1));
            next = t + 2;
        } else {
            count = k.num(t + 1, 3);
            unit = Lexicon.UNITS.get(k.word(t + 2));
            next = t + 3;
            if (count < 1 || unit == null) {
                return null;
            }
        }
        if (k.is(next, Lexicon.OF) || k.is(next, "علي")) {
            return null; // "قبل يومين من الموعد": counted from another event, not from the reference
        }
        DatePrecision p = unit == Unit.DAY ? DatePrecision.DAY : DatePrecision.valueOf(unit.name());
        if (ref == null) {
            return finish(k.ts[t], next, null, null, p, CalendarSystem.GREGORIAN, null, true, null);
        }
        long n = (long) sign * count;
        switch (unit) {
            case DAY: {
                LocalDate d = ref.plusDays(n);
                return finish(k.ts[t], next, d, d, DatePrecision.DAY, CalendarSystem.GREGORIAN, null, true, null);
            }
            case WEEK:
                return period(t, next, Unit.WEEK, ref.plusWeeks(n));
            case MONTH:
                return period(t, next, Unit.MONTH, ref.plusMonths(n));
            default:
                return period(t, next, Unit.YEAR, ref.plusYears(n));
        }
    }

    private DateScanner.Result period(int first, int next, Unit unit, Mod mod) {
        if (ref == null) {
            return finish(k.ts[first], next, null, null, DatePrecision.valueOf(unit.name()), CalendarSystem.GREGORIAN,
                    null, true, null);
        }
        int n = mod == Mod.PAST ? -1 : mod == Mod.NEXT ? 1 : 0;
        LocalDate d;
        switch (unit) {
            case WEEK:
                d = ref.plusWeeks(n);
                break;
            case MONTH:
                d = ref.plusMonths(n);
                break;
            default:
                d = ref.plusYears(n);
                break;
        }
        return period(first, next, unit, d);
    }

    /** The calendar week (Monday to Sunday), month or year containing {@code inside}. */
    private DateScanner.Result period(int first, int next, Unit unit, LocalDate inside) {
        LocalDate a;
        LocalDate b;
        DatePrecision p;
        switch (unit) {
            case WEEK:
                a = inside.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                b = a.plusDays(6);
                p = DatePrecision.WEEK;
                break;
            case MONTH:
                a = inside.withDayOfMonth(1);
                b = inside.withDayOfMonth(inside.lengthOfMonth());
                p = DatePrecision.MONTH;
                break;
            default:
                a = inside.withDayOfYear(1);
                b = inside.withDayOfYear(inside.lengthOfYear());
                p = DatePrecision.YEAR;
                break;
        }
        return finish(k.ts[first], next, a, b, p, CalendarSystem.GREGORIAN, null, true, null);
    }
}
