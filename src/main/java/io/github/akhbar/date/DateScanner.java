package io.github.akhbar.date;

import io.github.akhbar.date.Lexicon.Mod;
import io.github.akhbar.date.Lexicon.Unit;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The date grammar, run over folded text (see {@code FoldedText}). One left-to-right pass:
 * the text is cut into word, number and punctuation tokens, then at each token the longest
 * date expression starting there is tried; a match consumes its tokens. Linear in the text
 * length (each attempt looks at a bounded number of tokens). Not API.
 */
final class DateScanner {

    /** A match in folded coordinates, before mapping to the original. */
    record Found(int start, int end, LocalDate from, LocalDate to, DatePrecision precision, LocalTime time,
            DateMention.Calendar calendar, String hijri, boolean relative, boolean weekdayMismatch) {
    }

    private static final byte WORD = 0;
    private static final byte NUM = 1;
    private static final byte PUNCT = 2;

    private final String f;
    private final char[] chars;
    private final LocalDate ref;
    private final MonthIndex months;
    private final HijriCalculation hijriCalc;

    private byte[] type = new byte[64];
    private int[] ts = new int[64];
    private int[] te = new int[64];
    private int n;

    DateScanner(String folded, LocalDate ref, MonthIndex months, HijriCalculation hijriCalc) {
        this.f = folded;
        this.chars = folded.toCharArray();
        this.ref = ref;
        this.months = months;
        this.hijriCalc = hijriCalc;
        tokenize();
    }

    // ---------------------------------------------------------------- tokens

    private void tokenize() {
        char[] a = chars;
        int len = a.length;
        int i = 0;
        while (i < len) {
            char c = a[i];
            int s = i;
            byte t;
            if (isLetter(c)) {
                i++;
                while (i < len && isLetter(a[i])) {
                    i++;
                }
                t = WORD;
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < len && a[i] >= '0' && a[i] <= '9') {
                    i++;
                }
                t = NUM;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < len && Character.isLowSurrogate(a[i])) {
                    i++;
                }
                t = PUNCT;
            }
            if (n == type.length) {
                type = java.util.Arrays.copyOf(type, n * 2);
                ts = java.util.Arrays.copyOf(ts, n * 2);
                te = java.util.Arrays.copyOf(te, n * 2);
            }
            type[n] = t;
            ts[n] = s;
            te[n] = i;
            n++;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= 'a' && c <= 'z');
    }

    private boolean isWord(int t) {
        return t < n && type[t] == WORD;
    }

    private boolean isNum(int t) {
        return t < n && type[t] == NUM;
    }

    private String word(int t) {
        return t >= 0 && t < n && type[t] == WORD ? f.substring(ts[t], te[t]) : "";
    }

    private boolean is(int t, String w) {
        if (t >= n || type[t] != WORD || te[t] - ts[t] != w.length()) {
            return false;
        }
        for (int i = 0, k = ts[t]; i < w.length(); i++, k++) {
            if (chars[k] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean punct(int t, String chars) {
        return t < n && type[t] == PUNCT && te[t] - ts[t] == 1 && chars.indexOf(f.charAt(ts[t])) >= 0;
    }

    private boolean adjacent(int a, int b) {
        return b < n && te[a] == ts[b];
    }

    /** @return the value of a number token of at most {@code maxDigits} digits, else -1 */
    private int num(int t, int maxDigits) {
        if (!isNum(t) || te[t] - ts[t] > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = ts[t]; i < te[t]; i++) {
            v = v * 10 + (chars[i] - '0');
        }
        return v;
    }

    private int digits(int t) {
        return isNum(t) ? te[t] - ts[t] : 0;
    }

    // ---------------------------------------------------------------- scan

    List<Found> scan() {
        List<Found> out = new ArrayList<>();
        int t = 0;
        while (t < n) {
            Result r = null;
            if (type[t] == NUM) {
                r = parseAt(t);
            } else if (type[t] == WORD) {
                int kind = months.starter(chars, ts[t], te[t]);
                // Frequent function words (من، ما، بعد …) only open a date before a number or another starter.
                if (kind == MonthIndex.STARTER || (kind == MonthIndex.OPENER && t + 1 < n
                        && (type[t + 1] == NUM || (type[t + 1] == WORD
                        && months.starter(chars, ts[t + 1], te[t + 1]) != MonthIndex.NONE)))) {
                    r = parseAt(t);
                }
            }
            if (r == null) {
                t++;
                continue;
            }
            if (r.found != null) {
                out.add(r.found);
            }
            t = r.next;
        }
        return out;
    }

    private record Result(Found found, int next) {
    }

    private Result parseAt(int t) {
        Result r = relative(t);
        if (r == null) {
            r = numeric(t);
        }
        if (r == null) {
            r = dated(t);
        }
        return r;
    }

    // ---------------------------------------------------------------- relative words

    private Result relative(int t) {
        String w = word(t);
        if (w.equals(Lexicon.TODAY)) {
            return day(t, t + 1, 0);
        }
        if (w.equals(Lexicon.YESTERDAY)) {
            return is(t + 1, Lexicon.FIRST) ? day(t, t + 2, -2) : day(t, t + 1, -1);
        }
        if (w.equals(Lexicon.FIRST_OF)) {
            return is(t + 1, Lexicon.YESTERDAY) ? day(t, t + 2, -2) : null;
        }
        if (w.equals(Lexicon.TOMORROW)) {
            return day(t, t + 1, 1);
        }
        if (w.equals(Lexicon.AFTER)) {
            return is(t + 1, Lexicon.TOMORROW_NOUN) ? day(t, t + 2, 2) : ago(t, 1);
        }
        if (w.equals(Lexicon.BEFORE) || w.equals(Lexicon.SINCE)) {
            return ago(t, -1);
        }
        Unit period = Lexicon.PERIODS.get(w);
        Mod mod = Lexicon.MODIFIERS.get(word(t + 1));
        if (period != null && mod != null) {
            return period(t, t + 2, period, mod);
        }
        return null;
    }

    /**
     * اليوم/أمس/غدا: a following weekday joins the mention ("أمس السبت"), and so does a following
     * date, which then gives the value ("اليوم الجمعة 3 فيفري 2017"). "اليوم" that means "the
     * day" (في اليوم نفسه، المصري اليوم) is skipped.
     */
    private Result day(int first, int next, int offset) {
        int k = punct(next, ",\u060C") ? next + 1 : next;
        Result dated = dated(k);
        if (dated != null && dated.found != null) {
            Found x = dated.found;
            return new Result(new Found(ts[first], x.end(), x.from(), x.to(), x.precision(), x.time(), x.calendar(),
                    x.hijri(), x.relative(), x.weekdayMismatch()), dated.next);
        }
        if (offset == 0 && (Lexicon.NOT_TODAY_BEFORE.contains(word(first - 1))
                || Lexicon.NOT_TODAY_AFTER.contains(word(next)))) {
            return null;
        }
        LocalDate d = ref == null ? null : ref.plusDays(offset);
        DayOfWeek weekday = Lexicon.WEEKDAYS.get(word(k));
        int end = next;
        if (weekday != null) {
            end = k + 1;
        }
        boolean mismatch = weekday != null && d != null && d.getDayOfWeek() != weekday;
        Found f0 = found(first, end, d, d, DatePrecision.DAY, true);
        return new Result(new Found(f0.start(), f0.end(), d, d, DatePrecision.DAY, null, f0.calendar(), null, true,
                mismatch), end);
    }

    private Result ago(int t, int sign) {
        int count;
        Unit unit;
        int next;
        Unit dual = Lexicon.DUALS.get(word(t + 1));
        if (dual != null) {
            count = 2;
            unit = dual;
            next = t + 2;
        } else if (Lexicon.SINGULAR_UNITS.contains(word(t + 1)) && !isNum(t + 2)
                && !Lexicon.WEEKDAYS.containsKey(word(t + 2)) && months.match(this::tokenWord, t + 2, n) == null) {
            count = 1;
            unit = Lexicon.UNITS.get(word(t + 1));
            next = t + 2;
        } else {
            count = num(t + 1, 3);
            unit = Lexicon.UNITS.get(word(t + 2));
            next = t + 3;
            if (count < 1 || unit == null) {
                return null;
            }
        }
        if (is(next, Lexicon.OF) || is(next, "علي")) {
            return null; // "قبل يومين من الموعد": counted from another event, not from the reference
        }
        if (ref == null) {
            DatePrecision p = unit == Unit.DAY ? DatePrecision.DAY : DatePrecision.valueOf(unit.name());
            return new Result(found(t, next, null, null, p, true), next);
        }
        long k = (long) sign * count;
        switch (unit) {
            case DAY: {
                LocalDate d = ref.plusDays(k);
                return new Result(found(t, next, d, d, DatePrecision.DAY, true), next);
            }
            case WEEK:
                return period(t, next, Unit.WEEK, ref.plusWeeks(k));
            case MONTH:
                return period(t, next, Unit.MONTH, ref.plusMonths(k));
            default:
                return period(t, next, Unit.YEAR, ref.plusYears(k));
        }
    }

    private Result period(int first, int next, Unit unit, Mod mod) {
        if (ref == null) {
            return new Result(found(first, next, null, null, DatePrecision.valueOf(unit.name()), true), next);
        }
        int k = mod == Mod.PAST ? -1 : mod == Mod.NEXT ? 1 : 0;
        LocalDate d;
        switch (unit) {
            case WEEK:
                d = ref.plusWeeks(k);
                break;
            case MONTH:
                d = ref.plusMonths(k);
                break;
            default:
                d = ref.plusYears(k);
                break;
        }
        return period(first, next, unit, d);
    }

    private Result period(int first, int next, Unit unit, LocalDate inside) {
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
        return new Result(found(first, next, a, b, p, true), next);
    }

    // ---------------------------------------------------------------- numeric dates

    private Result numeric(int t) {
        if (!isNum(t)) {
            return null;
        }
        if (t > 0 && type[t - 1] == PUNCT && adjacent(t - 1, t) && punct(t - 1, "/-.:,")
                && t > 1 && isNum(t - 2) && adjacent(t - 2, t - 1)) {
            return null;
        }
        if (!(punct(t + 1, "/-.") && adjacent(t, t + 1) && isNum(t + 2) && adjacent(t + 1, t + 2)
                && t + 3 < n && type[t + 3] == PUNCT && adjacent(t + 2, t + 3)
                && f.charAt(ts[t + 3]) == f.charAt(ts[t + 1]) && isNum(t + 4) && adjacent(t + 3, t + 4))) {
            return null;
        }
        if (punct(t + 5, "/-.:,") && adjacent(t + 4, t + 5) && isNum(t + 6) && adjacent(t + 5, t + 6)) {
            return null;
        }
        int y;
        int m;
        int d;
        if (digits(t) == 4 && digits(t + 2) <= 2 && digits(t + 4) <= 2) {
            y = num(t, 4);
            m = num(t + 2, 2);
            d = num(t + 4, 2);
        } else if (digits(t) <= 2 && digits(t + 2) <= 2 && digits(t + 4) == 4) {
            d = num(t, 2);
            m = num(t + 2, 2);
            y = num(t + 4, 4);
        } else {
            return null;
        }
        int next = t + 5;
        boolean hijri = false;
        if (Lexicon.HIJRI_SUFFIX.contains(word(next))) {
            hijri = true;
            next++;
        } else if (Lexicon.GREGORIAN_SUFFIX.contains(word(next))) {
            next++;
        }
        if (hijri) {
            LocalDate g = Hijri.toGregorian(hijriCalc, y, m, d);
            if (g == null) {
                return null;
            }
            return finish(t, next, g, g, DatePrecision.DAY, DateMention.Calendar.HIJRI, Hijri.fields(y, m, d),
                    false, null);
        }
        LocalDate date = gregorian(y, m, d);
        if (date == null || y < 1000) {
            return null;
        }
        return finish(t, next, date, date, DatePrecision.DAY, DateMention.Calendar.GREGORIAN, null, false, null);
    }

    private static LocalDate gregorian(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- month-based dates

    /** A parsed date expression: day (0 = none), month (0 = none), year (0 = none). */
    private static final class Core {
        int start;
        int next;
        int day;
        int month;
        int year;
        boolean hijri;
        boolean gregorianSuffix;
        boolean monthAmbiguous;
        boolean hasMonthWord;
        boolean yearOnly;
        /** A modifier written after the first end of a range ("من 28 نونبر الماضي إلى …"). */
        Mod mod;
    }

    private Result dated(int t) {
        int s = t;
        DayOfWeek weekday = null;
        if (is(s, "يوم") && Lexicon.WEEKDAYS.containsKey(word(s + 1))) {
            weekday = Lexicon.WEEKDAYS.get(word(s + 1));
            s += 2;
        } else if (Lexicon.WEEKDAYS.containsKey(word(s))) {
            weekday = Lexicon.WEEKDAYS.get(word(s));
            s += 1;
        }
        if (weekday != null) {
            Mod mod = Lexicon.MODIFIERS.get(word(s));
            if (mod != null && mod != Mod.CURRENT) {
                return weekdayRelative(t, s + 1, weekday, mod);
            }
            if (punct(s, ",\u060C")) {
                s++;
            }
        }
        Result r = range(t, s, weekday);
        if (r != null) {
            return r;
        }
        Core c = core(s, false);
        if (c == null) {
            return null;
        }
        return resolve(t, c, null, weekday);
    }

    private Result weekdayRelative(int first, int next, DayOfWeek weekday, Mod mod) {
        if (ref == null) {
            return new Result(found(first, next, null, null, DatePrecision.DAY, true), next);
        }
        LocalDate d = ref.with(mod == Mod.PAST ? TemporalAdjusters.previous(weekday) : TemporalAdjusters.next(weekday));
        return new Result(found(first, next, d, d, DatePrecision.DAY, true), attachTime(next, true, null));
    }

    private Result range(int first, int s, DayOfWeek weekday) {
        int x = s;
        boolean between = false;
        boolean from = false;
        if (is(x, "من")) {
            from = true;
            x++;
        } else if (is(x, "بين")) {
            between = true;
            x++;
        } else if (is(x, Lexicon.TWO_DAYS)) {
            between = true;
            x++;
        } else if (is(x, "ما") && is(x + 1, "بين")) {
            between = true;
            x += 2;
        }
        Core a = core(x, true);
        if (a == null) {
            return null;
        }
        int k = a.next;
        if (a.year == 0 && !a.yearOnly && a.month != 0 && Lexicon.MODIFIERS.containsKey(word(k))) {
            a.mod = Lexicon.MODIFIERS.get(word(k));
            k++;
        }
        if (between) {
            if (!is(k, "و")) {
                return null;
            }
            k++;
        } else if (punct(k, "-\u2013\u2014")) {
            k++;
        } else if ((is(k, "الي") || is(k, "حتي")) && is(k + 1, "غايه")) {
            k += 2;
        } else if (is(k, "الي") || is(k, "حتي") || is(k, "لغايه")) {
            k++;
        } else {
            return null;
        }
        Core b = core(k, false);
        if (b == null || b.month == 0 || a.yearOnly != b.yearOnly) {
            return null;
        }
        if (a.yearOnly) {
            a.hijri = a.hijri || b.hijri;
        } else {
            if (a.month == 0) {
                if (b.day == 0) {
                    return null;
                }
                a.month = b.month;
                a.hijri = b.hijri;
                if (a.day > b.day) {
                    a.month = b.month == 1 ? 12 : b.month - 1;
                    a.year = b.year == 0 ? 0 : b.month == 1 ? b.year - 1 : b.year;
                } else {
                    a.year = b.year;
                }
            } else if (a.hijri != b.hijri) {
                return null;
            } else if (a.year == 0 && b.year != 0 && a.mod == null) {
                a.year = a.month > b.month ? b.year - 1 : b.year;
            }
        }
        int start = from || between ? s : a.start;
        if (weekday != null) {
            start = first;
        }
        return resolve(start, a, b, weekday);
    }

    /** Parses "[day] month [year]", "شهر month [year]", or a cued year; null when nothing fits. */
    private Core core(int t, boolean allowBareDay) {
        Core c = new Core();
        c.start = t;
        int j = t;
        if (Lexicon.FIRST_DAY.contains(word(j))) {
            c.day = 1;
            j++;
            if (is(j, "من")) {
                j++;
            }
        } else if (isNum(j) || (is(j, Lexicon.DEFINITE) && isNum(j + 1))) {
            if (!isNum(j)) {
                j++;
            }
            int d = num(j, 2);
            if (d < 1 || d > 31) {
                return j == t ? yearWithCue(c, t) : null;
            }
            c.day = d;
            j++;
            if (is(j, Lexicon.OF) && (months.match(this::tokenWord, j + 1, n) != null
                    || Lexicon.MONTH_WORD.contains(word(j + 1)))) {
                j++;
            }
        } else {
            int o = ordinalDay(j);
            if (o > 0) {
                c.day = Lexicon.ORDINAL_DAYS.get(ordinalKey(j, o));
                j += o + 1;
            }
        }
        if (Lexicon.MONTH_WORD.contains(word(j))) {
            c.hasMonthWord = true;
            j++;
        }
        MonthIndex.Hit m = months.match(this::tokenWord, j, n);
        if (m == null) {
            if (c.day > 0 && allowBareDay && isNum(t)) {
                c.next = j;
                return c;
            }
            return c.day == 0 && !c.hasMonthWord ? yearWithCue(c, t) : null;
        }
        c.month = m.month();
        c.hijri = !m.system().isGregorian();
        c.monthAmbiguous = m.ambiguous();
        j += m.tokens();
        j = doubleName(j, m);
        int yearTok = j;
        if (c.day > 0 && punct(j, ",\u060C") && digits(j + 1) == 4) {
            yearTok = j + 1;
        } else if (Lexicon.YEAR_WORD.contains(word(j)) && digits(j + 1) == 4) {
            yearTok = j + 1; // "أكتوبر عام 2011"
        } else if (is(j, Lexicon.OF) && Lexicon.YEAR_WORD.contains(word(j + 1)) && digits(j + 2) == 4) {
            yearTok = j + 2; // "يناير من عام 2011"
        }
        if (digits(yearTok) == 4 || (c.hijri && digits(yearTok) == 3)) {
            int y = num(yearTok, 4);
            if (y >= 1 && !(isWord(yearTok + 1) && !suffix(yearTok + 1) && !Lexicon.MODIFIERS.containsKey(word(yearTok + 1))
                    && adjacent(yearTok, yearTok + 1))) {
                c.year = y;
                j = yearTok + 1;
                j = yearSuffix(c, j);
            }
        }
        if (c.day == 0 && c.year == 0 && !c.hasMonthWord
                && !inContext(t) && !Lexicon.MODIFIERS.containsKey(word(j))) {
            return null;
        }
        c.next = j;
        return c;
    }

    private String tokenWord(int t) {
        return t < n && type[t] != PUNCT ? f.substring(ts[t], te[t]) : null;
    }

    private int ordinalDay(int j) {
        if (!isWord(j)) {
            return 0;
        }
        for (int len = 2; len >= 1; len--) {
            String k = ordinalKey(j, len);
            if (k != null && Lexicon.ORDINAL_DAYS.containsKey(k) && is(j + len, "من")) {
                return len;
            }
        }
        return 0;
    }

    private String ordinalKey(int j, int len) {
        if (len == 1) {
            return word(j);
        }
        return isWord(j + 1) ? word(j) + " " + word(j + 1) : null;
    }

    private int doubleName(int j, MonthIndex.Hit first) {
        if (punct(j, "(")) {
            MonthIndex.Hit m2 = months.match(this::tokenWord, j + 1, n);
            if (m2 != null && m2.month() == first.month() && m2.system().isGregorian() == first.system().isGregorian()
                    && punct(j + 1 + m2.tokens(), ")")) {
                return j + 2 + m2.tokens();
            }
        } else if (!punct(j, "/-")) {
            MonthIndex.Hit m2 = months.match(this::tokenWord, j, n);
            if (m2 != null && m2.month() == first.month() && m2.system() != first.system()
                    && m2.system().isGregorian() == first.system().isGregorian()) {
                return j + m2.tokens();
            }
        } else {
            MonthIndex.Hit m2 = months.match(this::tokenWord, j + 1, n);
            if (m2 != null && m2.month() == first.month() && m2.system().isGregorian() == first.system().isGregorian()) {
                return j + 1 + m2.tokens();
            }
        }
        return j;
    }

    private boolean suffix(int t) {
        String w = word(t);
        return Lexicon.HIJRI_SUFFIX.contains(w) || Lexicon.GREGORIAN_SUFFIX.contains(w);
    }

    private int yearSuffix(Core c, int j) {
        String w = word(j);
        if (Lexicon.HIJRI_SUFFIX.contains(w)) {
            c.hijri = true;
            return j + 1;
        }
        if (Lexicon.GREGORIAN_SUFFIX.contains(w)) {
            c.gregorianSuffix = true;
            return j + 1;
        }
        return j;
    }

    /** "سنة 2025", "عام 1923", "2024م", "1445 هـ": a year alone needs a cue. */
    private Core yearWithCue(Core c, int t) {
        int j = t;
        boolean cue = false;
        if (Lexicon.YEAR_WORD.contains(word(j))) {
            cue = true;
            j++;
        }
        int d = digits(j);
        if (d != 4 && !(d == 3 && cue)) {
            return null;
        }
        int y = num(j, 4);
        j++;
        int after = yearSuffix(c, j);
        if (after == j && !cue) {
            return null;
        }
        if (!c.hijri && y < 1000) {
            return null;
        }
        c.year = y;
        c.yearOnly = true;
        c.next = after;
        return c;
    }

    private boolean inContext(int t) {
        if (t == 0 || !isWord(t - 1)) {
            return false;
        }
        String w = word(t - 1);
        if (Lexicon.CONTEXT.contains(w)) {
            return true;
        }
        return w.length() > 2 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')
                && Lexicon.CONTEXT.contains(w.substring(1));
    }

    // ---------------------------------------------------------------- resolution

    private Result resolve(int first, Core a, Core b, DayOfWeek weekday) {
        Core last = b == null ? a : b;
        int next = last.next;
        Mod mod = null;
        Mod yearMod = null;
        if (last.year == 0 && !last.yearOnly && Lexicon.MODIFIERS.containsKey(word(next))) {
            mod = Lexicon.MODIFIERS.get(word(next));
            next++;
        } else if (last.year == 0 && !last.yearOnly && is(next, Lexicon.OF)
                && Lexicon.PERIODS.get(word(next + 1)) == Unit.YEAR && Lexicon.MODIFIERS.containsKey(word(next + 2))) {
            // "17 ديسمبر من العام الحالي", "فبراير من العام الماضي"
            yearMod = Lexicon.MODIFIERS.get(word(next + 2));
            next += 3;
        }
        DateMention.Calendar cal = a.hijri ? DateMention.Calendar.HIJRI : DateMention.Calendar.GREGORIAN;
        if (a.yearOnly) {
            Period pa = yearPeriod(a.year, a.hijri);
            Period pb = b == null ? pa : yearPeriod(b.year, b.hijri);
            if (pa == null || pb == null || pb.to.isBefore(pa.from)) {
                return null;
            }
            String h = a.hijri ? (b == null ? String.valueOf(a.year) : a.year + "/" + b.year) : null;
            return finish(first, next, pa.from, pb.to, DatePrecision.YEAR, cal, h, false, null);
        }
        if (!plausible(a) || (b != null && !plausible(b))) {
            return new Result(null, next); // "31 فبراير": not a date, and "فبراير" alone is not one either
        }
        boolean relative = a.year == 0 || (b != null && b.year == 0);
        if (relative && ref == null) {
            DatePrecision p = a.day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
            return finish(first, next, null, null, p, cal, a.hijri ? hijriFields(a, b) : null, true, weekday);
        }
        if (yearMod != null) {
            int base = last.hijri ? Hijri.yearOf(hijriCalc, ref) : ref.getYear();
            last.year = base + (yearMod == Mod.PAST ? -1 : yearMod == Mod.NEXT ? 1 : 0);
        }
        if (b != null) {
            if (b.year == 0) {
                int yb = chooseYear(b, mod);
                if (yb == Integer.MIN_VALUE) {
                    return null;
                }
                b.year = yb;
            }
            if (a.year == 0 && a.mod != null) {
                a.year = chooseYear(a, a.mod);
                if (a.year == Integer.MIN_VALUE) {
                    return null;
                }
            } else if (a.year == 0) {
                a.year = a.month > b.month || (a.month == b.month && a.day > b.day) ? b.year - 1 : b.year;
            }
        } else if (a.year == 0) {
            int ya = chooseYear(a, mod);
            if (ya == Integer.MIN_VALUE) {
                return null;
            }
            a.year = ya;
        }
        Period pa = period(a);
        Period pb = b == null ? pa : period(b);
        if (pa == null || pb == null || pb.to.isBefore(pa.from)) {
            return new Result(null, next);
        }
        DatePrecision p = a.day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
        if (b != null && (a.day > 0) != (b.day > 0)) {
            return null;
        }
        return finish(first, next, pa.from, pb.to, p, cal, a.hijri ? hijriFields(a, b) : null, relative, weekday);
    }

    private static boolean plausible(Core c) {
        if (c.day > 0 && !c.hijri && c.day > Month.of(c.month).maxLength()) {
            return false;
        }
        if (c.day > 30 && c.hijri) {
            return false;
        }
        return c.year == 0 || c.hijri || (c.year >= 1000 && c.year <= 2999);
    }

    private static String hijriFields(Core a, Core b) {
        String s = Hijri.fields(a.year, a.month, a.day);
        return b == null ? s : s + "/" + Hijri.fields(b.year, b.month, b.day);
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(Core c) {
        if (c.hijri) {
            if (c.day > 0) {
                LocalDate d = Hijri.toGregorian(hijriCalc, c.year, c.month, c.day);
                return d == null ? null : new Period(d, d);
            }
            LocalDate a = Hijri.toGregorian(hijriCalc, c.year, c.month, 1);
            LocalDate b = c.month == 12 ? Hijri.toGregorian(hijriCalc, c.year + 1, 1, 1)
                    : Hijri.toGregorian(hijriCalc, c.year, c.month + 1, 1);
            return a == null || b == null ? null : new Period(a, b.minusDays(1));
        }
        if (c.day > 0) {
            LocalDate d = gregorian(c.year, c.month, c.day);
            return d == null ? null : new Period(d, d);
        }
        LocalDate a = LocalDate.of(c.year, c.month, 1);
        return new Period(a, a.withDayOfMonth(a.lengthOfMonth()));
    }

    private Period yearPeriod(int y, boolean hijri) {
        if (hijri) {
            LocalDate a = Hijri.toGregorian(hijriCalc, y, 1, 1);
            LocalDate b = Hijri.toGregorian(hijriCalc, y + 1, 1, 1);
            return a == null || b == null ? null : new Period(a, b.minusDays(1));
        }
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /**
     * The year of a date written without one: PAST = latest before the reference, NEXT = earliest
     * after it, CURRENT = the reference's year, none = the candidate nearest the reference.
     */
    private int chooseYear(Core c, Mod mod) {
        int base = c.hijri ? Hijri.yearOf(hijriCalc, ref) : ref.getYear();
        if (base == Integer.MIN_VALUE) {
            return base;
        }
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

    private Result finish(int first, int next, LocalDate from, LocalDate to, DatePrecision p,
            DateMention.Calendar cal, String hijri, boolean relative, DayOfWeek weekday) {
        boolean mismatch = weekday != null && from != null && from.equals(to) && from.getDayOfWeek() != weekday;
        LocalTime[] time = new LocalTime[1];
        int end = p == DatePrecision.DAY && (from == null || from.equals(to)) ? attachTime(next, true, time) : next;
        return new Result(new Found(ts[first], te[end - 1], from, to, p, time[0], cal, hijri, relative, mismatch), end);
    }

    private Found found(int first, int next, LocalDate from, LocalDate to, DatePrecision p, boolean relative) {
        return new Found(ts[first], te[next - 1], from, to, p, null, DateMention.Calendar.GREGORIAN, null,
                relative, false);
    }

    /**
     * Extends a one-day date with a time: "، 16:45", "- 16:45", "على الساعة 10:30",
     * "الساعة العاشرة صباحا". Returns the token after the time, or {@code next} when none.
     */
    private int attachTime(int next, boolean allowed, LocalTime[] out) {
        if (!allowed || out == null) {
            return next;
        }
        int j = next;
        if (punct(j, ",\u060C-\u2013")) {
            j++;
        }
        if (is(j, "علي")) {
            j++;
        }
        boolean clock = false;
        if (is(j, "الساعه")) {
            clock = true;
            j++;
        }
        int hour = -1;
        int minute = 0;
        if (isNum(j) && digits(j) <= 2) {
            hour = num(j, 2);
            j++;
            if (punct(j, ":") && adjacent(j - 1, j) && digits(j + 1) == 2 && adjacent(j, j + 1)) {
                minute = num(j + 1, 2);
                j += 2;
            } else if (!clock) {
                return next;
            }
        } else if (clock) {
            Integer h = Lexicon.HOURS.get(word(j));
            int used = 1;
            if (h == null && isWord(j + 1)) {
                h = Lexicon.HOURS.get(word(j) + " " + word(j + 1));
                used = 2;
            }
            if (h == null) {
                return next;
            }
            hour = h;
            j += used;
        } else {
            return next;
        }
        Boolean pm = Lexicon.DAY_PARTS.get(word(j));
        if (pm != null) {
            j++;
            if (pm && hour < 12) {
                hour += 12;
            }
        }
        if (hour > 23 || minute > 59) {
            return next;
        }
        out[0] = LocalTime.of(hour, minute);
        return j;
    }

    /** Month-name matching over tokens, built once from the table. */
    interface TokenWords {
        String at(int t);
    }

    /** For tests and the extractor: the value of the internal map type. */
    static Map<String, Integer> ordinalDays() {
        return Lexicon.ORDINAL_DAYS;
    }
}
