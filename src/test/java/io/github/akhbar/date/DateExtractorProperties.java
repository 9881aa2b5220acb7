package io.github.akhbar.date;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.github.akhbar.Document;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractorProperties {

    static final DateExtractor X = DateExtractor.create();

    static final List<ULocale> ARABIC = java.util.Arrays.stream(ULocale.getAvailableLocales())
            .filter(l -> l.getLanguage().equals("ar")).collect(Collectors.toList());

    static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2070, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<MonthSystem> gregorianSystems() {
        return Arbitraries.of(MonthSystem.values()).filter(MonthSystem::isGregorian);
    }

    /** Digit scripts: ASCII, Arabic-Indic, Extended Arabic-Indic. */
    static String digits(int n, int script) {
        String s = Integer.toString(n);
        if (script == 0) {
            return s;
        }
        char zero = script == 1 ? '\u0660' : '\u06F0';
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append((char) (zero + c - '0'));
        }
        return sb.toString();
    }

    static DateMention only(String text, LocalDate ref) {
        Document doc = X.process(Document.builder(text).publishedOn(ref).build());
        DocumentAssertions.assertValid(doc);
        List<DateMention> all = doc.annotations(DateMention.class);
        assertEquals(1, all.size(), () -> text + " -> " + all);
        return all.get(0);
    }

    @Property(tries = 500)
    void everySystemRoundTrips(@ForAll("dates") LocalDate date, @ForAll("gregorianSystems") MonthSystem system,
            @ForAll @IntRange(max = 2) int script, @ForAll boolean weekday, @ForAll boolean firstWord,
            @ForAll @IntRange(max = 2) int layout) {
        String month = MonthNames.of(system).names().get(date.getMonthValue() - 1);
        String day = date.getDayOfMonth() == 1 && firstWord ? "فاتح" : digits(date.getDayOfMonth(), script);
        String text = day + " " + month + " " + digits(date.getYear(), script);
        if (weekday) {
            text = WEEKDAYS[date.getDayOfWeek().getValue() - 1] + (layout == 1 ? "، " : " ") + text;
        }
        if (layout == 2) {
            text = "وأكد المصدر أنه في " + text + " سيتم الإعلان";
        }
        DateMention m = only(text, null);
        assertEquals(date, m.start());
        assertEquals(date, m.end());
        assertFalse(m.weekdayMismatch());
    }

    @Property(tries = 300)
    void numericDatesRoundTrip(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 2) int script,
            @ForAll @IntRange(max = 3) int format) {
        String d = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        String mo = String.format(Locale.ROOT, "%02d", date.getMonthValue());
        String y = Integer.toString(date.getYear());
        String text = switch (format) {
            case 0 -> d + "/" + mo + "/" + y;
            case 1 -> date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + y;
            case 2 -> d + "." + mo + "." + y;
            default -> y + "-" + mo + "-" + d;
        };
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(Character.isDigit(c) ? digits(c - '0', script) : String.valueOf(c));
        }
        assertEquals(date, only("بتاريخ " + sb, null).start());
    }

    @Property(tries = 300)
    void icuFormattedDatesRoundTrip(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 200) int localeIndex,
            @ForAll @IntRange(max = 3) int pattern) {
        ULocale locale = ARABIC.get(localeIndex % ARABIC.size());
        DateFormat f = switch (pattern) {
            case 0 -> new SimpleDateFormat("d MMMM y", locale);
            case 1 -> new SimpleDateFormat("EEEE d MMMM y", locale);
            case 2 -> DateFormat.getDateInstance(DateFormat.FULL, locale);
            default -> DateFormat.getDateInstance(DateFormat.LONG, locale);
        };
        f.setTimeZone(TimeZone.GMT_ZONE);
        String text = f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        DateMention m = only(text, null);
        assertEquals(date, m.start(), text);
        assertFalse(m.weekdayMismatch(), text);
    }

    @Property(tries = 200)
    void icuHijriDatesRoundTrip(@ForAll("dates") LocalDate date, @ForAll boolean era) {
        ULocale locale = new ULocale("ar@calendar=islamic-umalqura");
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, locale);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        SimpleDateFormat f = new SimpleDateFormat(era ? "d MMMM y G" : "d MMMM y", locale);
        f.setCalendar(cal);
        f.setTimeZone(TimeZone.GMT_ZONE);
        String text = f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        DateMention m = only(text, null);
        assertEquals(date, m.start(), text);
        assertEquals(CalendarSystem.HIJRI, m.calendar());
    }

    @Property(tries = 300)
    void rangesRoundTrip(@ForAll("dates") LocalDate a, @ForAll @IntRange(max = 400) int days,
            @ForAll("gregorianSystems") MonthSystem system, @ForAll boolean shortForm) {
        LocalDate b = a.plusDays(days);
        List<String> names = MonthNames.of(system).names();
        String left = a.getDayOfMonth() + " " + names.get(a.getMonthValue() - 1) + " " + a.getYear();
        if (shortForm && a.getYear() == b.getYear()) {
            left = a.getDayOfMonth() + " " + names.get(a.getMonthValue() - 1);
        }
        String text = "من " + left + " إلى " + b.getDayOfMonth() + " " + names.get(b.getMonthValue() - 1) + " " + b.getYear();
        DateMention m = only(text, null);
        assertEquals(a, m.start(), text);
        assertEquals(b, m.end(), text);
    }

    @Property(tries = 300)
    void pastMonthIsBeforeTheReferenceAndWithinAYear(@ForAll("dates") LocalDate ref,
            @ForAll("gregorianSystems") MonthSystem system, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll boolean withDay) {
        String name = MonthNames.of(system).names().get(month - 1);
        String text = (withDay ? day + " " : "") + name + " الماضي";
        DateMention m = only(text, ref);
        assertTrue(m.end().isBefore(ref), text + " " + m);
        assertTrue(m.start().isAfter(ref.minusYears(1).minusMonths(1)), text + " " + m);
        assertEquals(month, m.start().getMonthValue());
        assertTrue(m.relative());
    }

    @Property(tries = 300)
    void nextMonthIsAfterTheReferenceAndWithinAYear(@ForAll("dates") LocalDate ref,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        String text = MonthNames.of(MonthSystem.STANDARD).names().get(month - 1) + " المقبل";
        DateMention m = only(text, ref);
        assertTrue(m.start().isAfter(ref), text + " " + m);
        assertTrue(m.start().isBefore(ref.plusYears(1).plusMonths(1)), text + " " + m);
    }

    @Property(tries = 300)
    void pastWeekdayIsWithinTheLastWeek(@ForAll("dates") LocalDate ref, @ForAll @IntRange(max = 6) int weekday) {
        DateMention m = only(WEEKDAYS[weekday] + " الماضي", ref);
        assertTrue(m.start().isBefore(ref) && !m.start().isBefore(ref.minusDays(7)));
        assertEquals(weekday + 1, m.start().getDayOfWeek().getValue());
    }

    @Property(tries = 200)
    void daysAgoCountBack(@ForAll("dates") LocalDate ref, @ForAll @IntRange(min = 3, max = 300) int n) {
        assertEquals(ref.minusDays(n), only("قبل " + n + " أيام", ref).start());
    }

    @Property(tries = 300)
    void tatweelAndHarakatDoNotChangeTheDate(@ForAll("dates") LocalDate date,
            @ForAll("gregorianSystems") MonthSystem system, @ForAll @IntRange(max = 3) int where) {
        String month = MonthNames.of(system).names().get(date.getMonthValue() - 1);
        int k = Math.min(where + 1, month.length() - 1);
        String marked = month.substring(0, k) + (where % 2 == 0 ? "\u0640\u0640" : "\u064E") + month.substring(k);
        String plain = date.getDayOfMonth() + " " + month + " " + date.getYear();
        String text = date.getDayOfMonth() + " " + marked + " " + date.getYear();
        assertEquals(only(plain, null).start(), only(text, null).start());
    }

    @Property(tries = 300)
    void anyTextIsAccepted(@ForAll("anyText") String text, @ForAll("dates") LocalDate ref) {
        Document doc = X.process(Document.builder(text).publishedOn(ref).build());
        DocumentAssertions.assertValid(doc);
        Statistics.label("has a date").collect(!doc.annotations(DateMention.class).isEmpty());
        Statistics.label("has a date").coverage(c -> c.check(true).percentage(p -> p >= 5.0));
        X.extract(text);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                ArabicArbitraries.arabicish(6),
                Arbitraries.of(MonthNames.forms().stream().map(MonthNames.Form::folded).toList()),
                Arbitraries.of("من", "إلى", "بين", "و", "-", "/", ".", ":", "،", "(", ")", "فاتح", "الماضي", "المقبل",
                        "الساعة", "العاشرة", "مساء", "هـ", "م", "سنة", "شهر", "قبل", "منذ", "أيام", "الأسبوع",
                        "الخميس", "السابع", "أمس", "غدا", "\n"),
                Arbitraries.integers().between(0, 3000).map(String::valueOf));
        return Combinators.combine(fragment.list().ofMaxSize(14), Arbitraries.of(" ", "", "  "))
                .as((parts, sep) -> String.join(sep, parts));
    }

    @Property(tries = 100)
    void processingIsDeterministicAndMatchesExtract(@ForAll("anyText") String text) {
        Document once = X.process(Document.of(text));
        Document other = X.process(Document.of(text));
        assertEquals(once, other);
        assertEquals(X.extract(text), once.annotations(DateMention.class));
    }
}
