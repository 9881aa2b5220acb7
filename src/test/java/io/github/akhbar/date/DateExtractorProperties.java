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
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractorProperties {

    static final DateExtractor X = DateExtractor.create();

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

    /** A date written with a month form of the table, and how it should come back. */
    record Written(LocalDate date, int day, String month, int year, String suffix, MonthSystem system,
            boolean doubled) {
    }

    /** Table forms by Gregorian month (every Gregorian system) and by Hijri month. */
    static final Map<Integer, List<MonthNames.Form>> GREGORIAN_FORMS = MonthNames.forms().stream()
            .filter(f -> f.system().isGregorian()).collect(Collectors.groupingBy(MonthNames.Form::month));
    static final Map<Integer, List<MonthNames.Form>> HIJRI_FORMS = MonthNames.forms().stream()
            .filter(f -> !f.system().isGregorian()).collect(Collectors.groupingBy(MonthNames.Form::month));

    /** Hijri year, month and day of a Gregorian date, by ICU4J's Umm al-Qura calendar. */
    static int[] hijri(LocalDate date) {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return new int[] {c.get(IslamicCalendar.YEAR), c.get(IslamicCalendar.MONTH) + 1,
            c.get(IslamicCalendar.DAY_OF_MONTH)};
    }

    @Provide
    Arbitrary<Written> written() {
        return dates().flatMap(d -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, gregorianWritten(d)), net.jqwik.api.Tuple.of(1, hijriWritten(d))));
    }

    /** Any Gregorian form of the date's month, alone or doubled with another: "نونبر (نوفمبر)". */
    static Arbitrary<Written> gregorianWritten(LocalDate d) {
        List<MonthNames.Form> forms = GREGORIAN_FORMS.get(d.getMonthValue());
        return Combinators.combine(Arbitraries.of(forms), Arbitraries.of(forms), Arbitraries.integers().between(0, 4),
                Arbitraries.of("", " م", "م")).as((f, g, naming, suffix) -> {
                    String month = switch (naming) {
                        case 1 -> f.written() + " (" + g.written() + ")";
                        case 2 -> f.written() + "/" + g.written();
                        case 3 -> f.system() != g.system() && !f.folded().equals(g.folded())
                                ? f.written() + " " + g.written() : f.written() + "/" + g.written();
                        default -> f.written();
                    };
                    return new Written(d, d.getDayOfMonth(), month, d.getYear(), suffix, f.system(), naming != 0);
                });
    }

    /** Any Hijri form of the date's Hijri month (ICU Umm al-Qura), with or without هـ. */
    static Arbitrary<Written> hijriWritten(LocalDate d) {
        int[] h = hijri(d);
        return Combinators.combine(Arbitraries.of(HIJRI_FORMS.get(h[1])), Arbitraries.of(" هـ", "", " هجرية"))
                .as((f, suffix) -> new Written(d, h[2], f.written(), h[0], suffix, MonthSystem.HIJRI, false));
    }

    /**
     * Round trip over every form of the table (every system, variants, numbered Levantine forms,
     * Hijri months via ICU) × digit scripts × weekday × "فاتح" × double naming × sentence layout.
     */
    @Property(tries = 800)
    void everySystemRoundTrips(@ForAll("written") Written w, @ForAll @IntRange(max = 2) int script,
            @ForAll boolean weekday, @ForAll boolean firstWord, @ForAll @IntRange(max = 2) int layout) {
        String day = w.day() == 1 && firstWord ? "فاتح" : digits(w.day(), script);
        String text = day + " " + w.month() + " " + digits(w.year(), script) + w.suffix();
        if (weekday) {
            text = WEEKDAYS[w.date().getDayOfWeek().getValue() - 1] + (layout == 1 ? "، " : " ") + text;
        }
        if (layout == 2) {
            text = "وأكد المصدر أنه في " + text + " سيتم الإعلان";
        }
        DateMention m = only(text, null);
        assertEquals(w.date(), m.start(), text);
        assertEquals(w.date(), m.end(), text);
        assertEquals(w.system() == MonthSystem.HIJRI ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN, m.calendar());
        assertFalse(m.weekdayMismatch(), text);
        Statistics.label("system").collect(w.system());
        Statistics.label("doubled").collect(w.doubled());
        Statistics.label("system").coverage(c -> {
            for (MonthSystem sys : MonthSystem.values()) {
                c.check(sys).percentage(p -> p >= 0.5);
            }
        });
        Statistics.label("doubled").coverage(c -> c.check(true).percentage(p -> p >= 20.0));
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

    @Provide
    Arbitrary<ULocale> arabicLocales() {
        return Arbitraries.of(IcuOracleTest.ARABIC);
    }

    @Property(tries = 300)
    void icuFormattedDatesRoundTrip(@ForAll("dates") LocalDate date, @ForAll("arabicLocales") ULocale locale,
            @ForAll @IntRange(max = 3) int pattern) {
        DateFormat f = IcuOracleTest.formats(locale).get(pattern);
        String text = f.format(IcuOracleTest.at(date));
        DateMention m = only(text, null);
        assertEquals(date, m.start(), text);
        assertFalse(m.weekdayMismatch(), text);
    }

    @Property(tries = 200)
    void icuHijriDatesRoundTrip(@ForAll("dates") LocalDate date, @ForAll("arabicLocales") ULocale locale,
            @ForAll HijriCalculation calc, @ForAll boolean era) {
        DateFormat f = IcuOracleTest.hijriFormat(locale, calc, era ? "d MMMM y G" : "d MMMM y");
        String text = f.format(IcuOracleTest.at(date));
        DateMention m = DateExtractor.builder().hijriCalculation(calc).build().extract(text).get(0);
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
        LocalDate earliest = withDay ? ref.minusYears(1) : ref.minusYears(1).withDayOfMonth(1);
        assertFalse(m.start().isBefore(earliest), text + " " + m);
        assertEquals(month, m.start().getMonthValue());
        assertTrue(m.relative());
    }

    @Property(tries = 300)
    void nextMonthIsAfterTheReferenceAndWithinAYear(@ForAll("dates") LocalDate ref,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        String text = MonthNames.of(MonthSystem.STANDARD).names().get(month - 1) + " المقبل";
        DateMention m = only(text, ref);
        assertTrue(m.start().isAfter(ref), text + " " + m);
        assertFalse(m.start().isAfter(ref.plusYears(1)), text + " " + m);
        assertEquals(month, m.start().getMonthValue());
    }

    @Property(tries = 300)
    void nextWeekdayIsWithinTheComingWeek(@ForAll("dates") LocalDate ref, @ForAll @IntRange(max = 6) int weekday) {
        DateMention m = only(WEEKDAYS[weekday] + " المقبل", ref);
        assertTrue(m.start().isAfter(ref) && !m.start().isAfter(ref.plusDays(7)), m.toString());
        assertEquals(weekday + 1, m.start().getDayOfWeek().getValue());
    }

    @Property(tries = 300)
    void lastWeekAndLastYearAreTheWholePeriodBefore(@ForAll("dates") LocalDate ref) {
        DateMention week = only("الأسبوع الماضي", ref);
        LocalDate monday = ref.minusDays(ref.getDayOfWeek().getValue() - 1L);
        assertEquals(monday.minusWeeks(1), week.start());
        assertEquals(monday.minusDays(1), week.end());
        assertEquals(DatePrecision.WEEK, week.precision());
        DateMention year = only("العام الماضي", ref);
        assertEquals(LocalDate.of(ref.getYear() - 1, 1, 1), year.start());
        assertEquals(LocalDate.of(ref.getYear() - 1, 12, 31), year.end());
        assertEquals(String.valueOf(ref.getYear() - 1), year.value().orElseThrow());
    }

    @Property(tries = 300)
    void weeksAgoNameTheWeekTheyLandIn(@ForAll("dates") LocalDate ref, @ForAll @IntRange(min = 3, max = 10) int n) {
        DateMention m = only("منذ " + n + " أسابيع", ref);
        LocalDate target = ref.minusWeeks(n);
        assertEquals(DatePrecision.WEEK, m.precision());
        assertEquals(java.time.DayOfWeek.MONDAY, m.start().getDayOfWeek());
        assertEquals(m.start().plusDays(6), m.end());
        assertTrue(!target.isBefore(m.start()) && !target.isAfter(m.end()), target + " in " + m);
    }

    @Property(tries = 200)
    void pastHijriMonthIsTheLastOneBeforeTheReference(@ForAll("dates") LocalDate ref,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        String text = "في " + MonthNames.of(MonthSystem.HIJRI).names().get(month - 1) + " الماضي";
        DateMention m = only(text, ref);
        assertTrue(m.end().isBefore(ref), text + " " + m);
        // the same month a Hijri year (354 or 355 days) later would not have ended before ref
        assertTrue(m.start().isAfter(ref.minusDays(386)), text + " " + m);
        assertEquals(CalendarSystem.HIJRI, m.calendar());
        assertTrue(m.hijri().endsWith(String.format(Locale.ROOT, "-%02d", month)), m.hijri());
    }

    @Provide
    Arbitrary<LocalDate> anyReference() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay).edgeCases(e -> e.add(LocalDate.MIN, LocalDate.MAX,
                        LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(0, 12, 31),
                        LocalDate.of(10000, 1, 1)));
    }

    static final List<String> RELATIVE = List.of("اليوم", "أمس", "أول أمس", "غدا", "بعد غد", "الخميس الماضي",
            "الاثنين المقبل", "نونبر الماضي", "دجنبر المقبل", "28 نونبر الماضي", "في 28 دجنبر", "الأسبوع الماضي",
            "الشهر الجاري", "العام المقبل", "قبل 3 أيام", "منذ 999 سنة", "بعد 999 أسبوعا", "منذ أسبوعين",
            "في رمضان الماضي", "في 15 رمضان", "فبراير من العام الماضي", "من 28 نونبر إلى فاتح دجنبر",
            "أمس على الساعة 16:45");

    /**
     * Any reference date, LocalDate.MIN and MAX included, is accepted; outside years 1–9999 it is
     * ignored, and Hijri dates need one in the Hijri era (certainly from year 700 on, never before
     * 600; in between it depends on the year the text needs).
     */
    @Property(tries = 300)
    void anyReferenceDateIsAccepted(@ForAll("anyReference") LocalDate ref, @ForAll("relativeText") String text) {
        Document doc = X.process(Document.builder(text).publishedOn(ref).build());
        DocumentAssertions.assertValid(doc);
        List<DateMention> all = doc.annotations(DateMention.class);
        assertFalse(all.isEmpty(), text);
        boolean usable = ref.getYear() >= 1 && ref.getYear() <= 9999;
        for (DateMention m : all) {
            if (usable && m.calendar() == CalendarSystem.HIJRI && ref.getYear() >= 600 && ref.getYear() < 700) {
                // the first Hijri years: resolved when the year the text needs is year 1 or later
                assertEquals(m.isResolved(), m.relative(), ref + " " + text + " " + m);
                continue;
            }
            boolean resolvable = usable && (m.calendar() == CalendarSystem.GREGORIAN || ref.getYear() >= 700);
            assertEquals(resolvable, m.isResolved(), ref + " " + text + " " + m);
            assertEquals(resolvable, m.relative());
        }
        assertEquals(all, DateExtractor.builder().referenceDate(ref).build().extract(text));
    }

    @Provide
    Arbitrary<String> relativeText() {
        return Arbitraries.of(RELATIVE);
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
