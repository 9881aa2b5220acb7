package io.github.akhbar.date;

import io.github.akhbar.date.Lexicon.Mod;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates with a month name, a weekday or a year cue: "[weekday] [day] month [year]", "شهر نونبر",
 * day words ("فاتح"، "السابع من"), ranges ("من 4 إلى 7 نونبر"، "ما بين 4 و7"، "4-7"), lists of
 * days ("7 و8 نونبر"), double naming, "الخميس الماضي", and a year alone with a cue ("سنة 2025",
 * "1445 هـ"). Parsing only; {@link DateResolver} gives the dates. Not API.
 */
final class MonthDates extends Grammar {

    /** The longest list of days read before a month ("4، 5 و6 نونبر"). */
    private static final int MAX_LIST = 12;

    private static final int NO_SUFFIX = 0;
    private static final int HIJRI_SUFFIX = 1;
    private static final int GREGORIAN_SUFFIX = 2;

    private final DateResolver resolver;

    MonthDates(Tokens k, LocalDate ref, MonthIndex months, HijriCalculation calc) {
        super(k, ref, months, calc);
        this.resolver = new DateResolver(this);
    }

    DateScanner.Result at(int t) {
        int s = t;
        DayOfWeek weekday = null;
        if (k.is(s, "يوم") && Lexicon.WEEKDAYS.containsKey(k.word(s + 1))) {
            weekday = Lexicon.WEEKDAYS.get(k.word(s + 1));
            s += 2;
        } else if (Lexicon.WEEKDAYS.containsKey(k.word(s))) {
            weekday = Lexicon.WEEKDAYS.get(k.word(s));
            s += 1;
        }
        if (weekday != null) {
            Mod mod = Lexicon.MODIFIERS.get(k.word(s));
            if (mod != null && mod != Mod.CURRENT) {
                return weekdayRelative(t, s + 1, weekday, mod);
            }
            if (k.punct(s, ",\u060C")) {
                s++;
            }
        }
        DateScanner.Result r = range(t, s, weekday);
        if (r != null) {
            return r;
        }
        DateParts c = core(s, false, false);
        if (c == null) {
            return null;
        }
        return resolver.resolve(t, c, null, weekday);
    }

    /** "الخميس الماضي", "الاثنين المقبل": the nearest such weekday before or after the reference. */
    private DateScanner.Result weekdayRelative(int first, int next, DayOfWeek weekday, Mod mod) {
        LocalDate d = ref == null ? null
                : ref.with(mod == Mod.PAST ? TemporalAdjusters.previous(weekday) : TemporalAdjusters.next(weekday));
        return finish(k.ts[first], next, d, d, DatePrecision.DAY, CalendarSystem.GREGORIAN, null, true, null);
    }

    private DateScanner.Result range(int first, int s, DayOfWeek weekday) {
        int x = s;
        boolean between = false;
        boolean from = false;
        boolean twoDays = false;
        if (k.is(x, "من")) {
            from = true;
            x++;
        } else if (k.is(x, Lexicon.TWO_DAYS)) {
            twoDays = true;
            x++;
        } else if (k.is(x, "بين") || k.is(x, "مابين")) {
            between = true;
            x++;
        } else if (k.is(x, "ما") && k.is(x + 1, "بين")) {
            between = true;
            x += 2;
        }
        DateParts a = core(x, true, from || between);
        if (a == null) {
            return null;
        }
        if (twoDays) {
            // "يومي 6 و7 فبراير" names two days: a range only when they are consecutive
            if (a.month == 0 && a.day > 0) {
                return dayList(weekday != null ? first : s, a, weekday);
            }
            return a.day > 0 && !a.yearOnly ? twoDates(weekday != null ? first : s, a, weekday) : null;
        }
        int j = a.next;
        if (a.year == 0 && !a.yearOnly && a.month != 0 && Lexicon.MODIFIERS.containsKey(k.word(j))) {
            a.mod = Lexicon.MODIFIERS.get(k.word(j));
            j++;
        }
        if (between) {
            if (!k.is(j, "و")) {
                return null;
            }
            j++;
        } else if (k.punct(j, "-\u2013\u2014")) {
            j++;
        } else if ((k.is(j, "الي") || k.is(j, "حتي")) && k.is(j + 1, "غايه")) {
            j += 2;
        } else if (k.is(j, "الي") || k.is(j, "حتي") || k.is(j, "لغايه")) {
            j++;
        } else if (!from && a.month == 0 && a.day > 0) {
            return dayList(weekday != null ? first : a.start, a, weekday);
        } else {
            return null;
        }
        DateParts b = core(j, false, true);
        if (b == null || b.month == 0 || a.yearOnly != b.yearOnly) {
            return null;
        }
        if (b.bareMonth() && !modifiedAt(b.next) && !a.bareMonth()) {
            return null; // "من 5 إلى صفر": a month alone ends a range only of months
        }
        if (a.yearOnly) {
            a.hijri = a.hijri || b.hijri;
        } else if (a.month == 0) {
            if (b.day == 0) {
                return null;
            }
            inherit(a, b);
        } else if (a.hijri != b.hijri) {
            return null;
        } else if (a.year == 0 && b.year != 0 && a.mod == null) {
            a.year = a.month > b.month ? b.year - 1 : b.year;
        }
        int start = from || between || weekday != null ? first : a.start;
        return resolver.resolve(start, a, b, weekday);
    }

    /** The earlier end of a range takes the later end's month and year (the month before if its day is later). */
    private static void inherit(DateParts a, DateParts b) {
        a.hijri = b.hijri;
        if (a.day > b.day) {
            a.month = b.month == 1 ? 12 : b.month - 1;
            a.year = b.year == 0 ? 0 : b.month == 1 ? b.year - 1 : b.year;
        } else {
            a.month = b.month;
            a.year = b.year;
        }
    }

    /**
     * "7 و8 نونبر", "4، 5 و6 نونبر", "يومي 6 و7": consecutive days are one range from
     * {@code first}. Otherwise the run of consecutive days the list starts with is a mention of
     * its own ("7 و8 و12 نونبر": 7–8, then 12), in the month and year of the last day, and the
     * scan goes on after it.
     */
    private DateScanner.Result dayList(int first, DateParts a, DayOfWeek weekday) {
        int j = a.next;
        int prev = a.day;
        boolean consecutive = true;
        int runEnd = -1;
        int runDay = a.day;
        for (int count = 1; count < MAX_LIST; count++) {
            if (!(k.is(j, "و") || k.punct(j, ",\u060C"))) {
                return null;
            }
            int d = k.num(j + 1, 2);
            if (d < 1 || d > 31) {
                return null;
            }
            if (consecutive && d == prev + 1) {
                runEnd = j + 1;
                runDay = d;
            } else {
                consecutive = false;
            }
            prev = d;
            DateParts b = core(j + 1, false, false);
            if (b != null && b.month != 0 && b.day > 0 && !b.yearOnly) {
                if (consecutive) {
                    inherit(a, b);
                    return resolver.resolve(first, a, b, weekday);
                }
                boolean yearless = b.year == 0;
                resolver.resolve(b.start, b, null, null); // fills in b's year from its modifier or the reference
                a.yearFromReference = yearless && b.year != 0;
                if (runEnd < 0) {
                    inherit(a, b);
                    return resolver.resolve(weekday != null ? first : a.start, a, null, weekday);
                }
                DateParts end = new DateParts();
                end.start = runEnd;
                end.next = runEnd + 1;
                end.day = runDay;
                inherit(end, b);
                inherit(a, end);
                return resolver.resolve(first, a, end, weekday);
            }
            j += 2;
        }
        return null;
    }

    /** Whether a modifier follows at {@code j}: "الماضي", "من العام الماضي". */
    private boolean modifiedAt(int j) {
        return Lexicon.MODIFIERS.containsKey(k.word(j)) || (k.is(j, Lexicon.OF) && resolver.yearModifierAt(j + 1));
    }

    /**
     * "يومي 30 سبتمبر و1 أكتوبر 2015" (consecutive: one range), "يومي 20 نوفمبر و20 ديسمبر 2014"
     * (two mentions; the first takes the second's year when it has none).
     */
    private DateScanner.Result twoDates(int first, DateParts a, DayOfWeek weekday) {
        int j = a.next;
        if (a.year == 0 && Lexicon.MODIFIERS.containsKey(k.word(j))) {
            return null;
        }
        DateParts b = k.is(j, "و") ? core(j + 1, false, false) : null;
        if (b == null || b.day == 0 || b.month == 0 || b.yearOnly || a.hijri != b.hijri) {
            return null;
        }
        if (a.year == 0 && b.year != 0) {
            a.year = a.month > b.month ? b.year - 1 : b.year;
        }
        boolean nextDay = (b.month == a.month && b.day == a.day + 1)
                || (b.day == 1 && b.month == a.month % 12 + 1 && a.day >= 28
                        && (b.year == 0 || b.year == (a.month == 12 ? a.year + 1 : a.year)));
        if (nextDay) {
            return resolver.resolve(first, a, b, weekday);
        }
        return resolver.resolve(weekday != null ? first : a.start, a, null, weekday);
    }

    /**
     * Parses "[day] month [year]", "شهر month [year]", or a cued year; null when nothing fits.
     *
     * @param bareDay   a day number alone is accepted (the first end of a range: "من 4 إلى …")
     * @param bareMonth a month name alone needs no context (a range supplies it)
     */
    private DateParts core(int t, boolean bareDay, boolean bareMonth) {
        DateParts c = new DateParts();
        c.start = t;
        int j = t;
        int clitic = Lexicon.firstDayClitic(k.word(j));
        if (clitic >= 0) {
            c.day = 1;
            c.skip = clitic;
            j++;
            if (k.is(j, Lexicon.OF)) {
                j++;
            }
        } else if (k.isNum(j) || (k.is(j, Lexicon.DEFINITE) && k.isNum(j + 1))) {
            if (!k.isNum(j)) {
                j++;
            }
            int d = k.num(j, 2);
            if (d < 1 || d > 31) {
                return j == t ? yearWithCue(c, t) : null;
            }
            c.day = d;
            j++;
            if (k.is(j, Lexicon.OF) && (months.match(k, j + 1) != null || Lexicon.MONTH_WORD.contains(k.word(j + 1)))) {
                j++;
            }
        } else {
            int o = ordinalDay(j);
            if (o > 0) {
                c.day = Lexicon.ORDINAL_DAYS.get(ordinalKey(j, o));
                j += o + 1;
            }
        }
        if (Lexicon.MONTH_WORD.contains(k.word(j))) {
            c.hasMonthWord = true;
            j++;
        }
        MonthIndex.Hit m = months.match(k, j);
        if (m == null) {
            if (c.day > 0 && bareDay && k.isNum(t)) {
                c.next = j;
                return c;
            }
            return c.day == 0 && !c.hasMonthWord ? yearWithCue(c, t) : null;
        }
        c.month = m.month();
        c.hijri = !m.system().isGregorian();
        c.monthAmbiguous = m.ambiguous();
        j += m.tokens();
        int single = j;
        j = doubleName(j, m);
        boolean doubled = j != single; // "مارس/آذار": two names of one month are a date context of their own
        j = year(c, j);
        if ((m.misspelt() && c.day == 0 && c.year == 0 && !doubled)) {
            return null;
        }
        if (c.bareMonth() && !doubled && !bareMonth && !inContext(t, c.monthAmbiguous) && !modifiedAt(j)
                && !(!c.monthAmbiguous && resolver.yearModifierAt(j))) {
            return null;
        }
        c.next = j;
        return c;
    }

    /**
     * Reads the year after a month name at token {@code j}: "2024", "، 2024", "عام 2011",
     * "من عام 2011", with هـ/م. A Hijri month with a year above {@link #HIJRI_MAX} and no هـ, or
     * with م, is that month in a Gregorian year ("رمضان 2024"). A number followed by a counted
     * noun is a count when it is round ("7 نونبر 2000 شخص"); otherwise the noun is the next
     * word of the sentence ("اليوم الثلاثاء 21 جوان 2016 شخصا يشتبه …").
     *
     * @return the token after the year, or {@code j} when there is none
     */
    private int year(DateParts c, int j) {
        int yearTok = j;
        if (c.day > 0 && k.punct(j, ",\u060C") && k.digits(j + 1) == 4) {
            yearTok = j + 1;
        } else if (Lexicon.YEAR_WORD.contains(k.word(j)) && k.digits(j + 1) == 4) {
            yearTok = j + 1; // "أكتوبر عام 2011"
        } else if (k.is(j, Lexicon.OF) && Lexicon.YEAR_WORD.contains(k.word(j + 1)) && k.digits(j + 2) == 4) {
            yearTok = j + 2; // "يناير من عام 2011"
        }
        if (!(k.digits(yearTok) == 4 || (c.hijri && k.digits(yearTok) == 3))) {
            return j;
        }
        int y = k.num(yearTok, 4);
        boolean glued = k.isWord(yearTok + 1) && !suffix(yearTok + 1)
                && !Lexicon.MODIFIERS.containsKey(k.word(yearTok + 1)) && k.adjacent(yearTok, yearTok + 1);
        if (y < 1 || glued || (y % 100 == 0 && Lexicon.counted(k.word(yearTok + 1)))) {
            return j; // "7 نونبر 2000 شخص": a round number before a counted noun is a count
        }
        int after = yearTok + 1;
        int suffix = yearSuffix(after);
        if (suffix == HIJRI_SUFFIX && !c.hijri) {
            suffix = NO_SUFFIX; // "25 غشت 2016 ة": a Gregorian month keeps its year; the stray letter stays out
        }
        if (suffix != NO_SUFFIX) {
            after++;
        }
        c.year = y;
        if (c.hijri && (suffix == GREGORIAN_SUFFIX || (suffix == NO_SUFFIX && y > HIJRI_MAX))) {
            int h = gregorianYear(y) ? Hijri.yearIn(calc, c.month, c.day, y) : 0;
            c.year = h;
            c.invalid = h == 0;
        }
        return after;
    }

    private int ordinalDay(int j) {
        if (!k.isWord(j)) {
            return 0;
        }
        for (int len = 2; len >= 1; len--) {
            String key = ordinalKey(j, len);
            if (key != null && Lexicon.ORDINAL_DAYS.containsKey(key) && k.is(j + len, Lexicon.OF)) {
                return len;
            }
        }
        return 0;
    }

    private String ordinalKey(int j, int len) {
        if (len == 1) {
            return k.word(j);
        }
        return k.isWord(j + 1) ? k.word(j) + " " + k.word(j + 1) : null;
    }

    /** "نونبر (نوفمبر)", "نوفمبر/تشرين الثاني", "أكتوبر تشرين الأول": the second name of the same month. */
    private int doubleName(int j, MonthIndex.Hit first) {
        if (k.punct(j, "(")) {
            MonthIndex.Hit m2 = months.match(k, j + 1);
            if (m2 != null && m2.month() == first.month() && m2.system().isGregorian() == first.system().isGregorian()
                    && k.punct(j + 1 + m2.tokens(), ")")) {
                return j + 2 + m2.tokens();
            }
        } else if (!k.punct(j, "/-")) {
            MonthIndex.Hit m2 = months.match(k, j);
            if (m2 != null && m2.month() == first.month() && m2.system() != first.system()
                    && m2.system().isGregorian() == first.system().isGregorian()) {
                return j + m2.tokens();
            }
        } else {
            MonthIndex.Hit m2 = months.match(k, j + 1);
            if (m2 != null && m2.month() == first.month() && m2.system().isGregorian() == first.system().isGregorian()) {
                return j + 1 + m2.tokens();
            }
        }
        return j;
    }

    private boolean suffix(int t) {
        return yearSuffix(t) != NO_SUFFIX;
    }

    private int yearSuffix(int t) {
        String w = k.word(t);
        if (Lexicon.HIJRI_SUFFIX.contains(w)) {
            return HIJRI_SUFFIX;
        }
        return Lexicon.GREGORIAN_SUFFIX.contains(w) ? GREGORIAN_SUFFIX : NO_SUFFIX;
    }

    /**
     * "سنة 2025", "عام 1923", "2024م", "1445 هـ": a year alone needs a cue. Without a cue word,
     * "م" is metres after a measurement ("سباق 1500م") and, written apart ("1500 م"), needs a date
     * preposition or a double date's separator before the number.
     */
    private DateParts yearWithCue(DateParts c, int t) {
        int j = t;
        boolean cue = false;
        if (Lexicon.YEAR_WORD.contains(k.word(j))) {
            cue = true;
            j++;
        }
        int d = k.digits(j);
        if (d != 4 && !(d == 3 && cue)) {
            return null;
        }
        int y = k.num(j, 4);
        int suffix = yearSuffix(j + 1);
        if (suffix == NO_SUFFIX && !cue) {
            return null;
        }
        if (!cue && suffix == GREGORIAN_SUFFIX) {
            boolean apart = !k.adjacent(j, j + 1) && k.word(j + 1).length() == 1;
            if (Lexicon.MEASURE_BEFORE.contains(k.word(t - 1))
                    || (apart && !inContext(t, false) && !k.punct(t - 1, "/\\-()"))) {
                return null;
            }
        }
        c.hijri = suffix == HIJRI_SUFFIX;
        if (c.hijri ? !hijriYear(y) : !gregorianYear(y)) {
            return null;
        }
        c.year = y;
        c.yearOnly = true;
        c.next = suffix == NO_SUFFIX ? j + 1 : j + 2;
        return c;
    }

    /**
     * Whether the word before token {@code t} (maybe with و/ف glued) puts a month written alone in
     * a date context: {@link Lexicon#AMBIGUOUS_CONTEXT} for ambiguous names, {@link Lexicon#CONTEXT}
     * for the others.
     */
    private boolean inContext(int t, boolean ambiguous) {
        if (!k.isWord(t - 1)) {
            return false;
        }
        String w = k.word(t - 1);
        java.util.Set<String> context = ambiguous ? Lexicon.AMBIGUOUS_CONTEXT : Lexicon.CONTEXT;
        if (context.contains(w) || (k.conjunction(t - 1) == 1 && context.contains(w.substring(1)))) {
            return true;
        }
        return w.equals(Lexicon.OF) && Lexicon.STARTING.contains(k.word(t - 2)); // "اعتبارا من مارس"
    }
}
