package io.github.akhbar.date;

import io.github.akhbar.Document;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractorTest {

    /** A Friday. */
    static final LocalDate REF = LocalDate.of(2024, 11, 8);
    static final DateExtractor X = DateExtractor.create();

    static List<DateMention> extract(String text, LocalDate ref) {
        Document doc = X.process(Document.builder(text).publishedOn(ref).build());
        DocumentAssertions.assertValid(doc);
        List<DateMention> direct = X.extract(text, ref);
        assertEquals(direct, doc.annotations(DateMention.class), "extract() and process() disagree");
        return direct;
    }

    static DateMention one(String text) {
        List<DateMention> all = extract(text, REF);
        assertEquals(1, all.size(), () -> "expected one date in " + text + ", got " + all);
        return all.get(0);
    }

    static String surface(String text, DateMention m) {
        return text.substring(m.span().start(), m.span().end());
    }

    static void assertDate(String text, String surface, String value) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m), "surface");
        assertEquals(value, m.value().orElse(null), "value");
    }

    static void assertNoDate(String text) {
        List<DateMention> all = extract(text, REF);
        assertEquals(List.of(), all, () -> "expected no date in " + text);
        Document d = Document.builder(text).publishedOn(REF).build();
        assertSame(d, X.process(d), "an extractor that finds nothing returns the same document");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // every month system, day month year
        "وقع الحادث في 7 نونبر 2024 بالرباط      | 7 نونبر 2024        | 2024-11-07",
        "اجتمع المجلس يوم 12 يناير 2023          | 12 يناير 2023       | 2023-01-12",
        "انطلقت الدورة في 3 جانفي 2022           | 3 جانفي 2022        | 2022-01-03",
        "صدر القرار في 20 فيفري 2021             | 20 فيفري 2021       | 2021-02-20",
        "أعلن عن ذلك في 14 جويلية 2020           | 14 جويلية 2020      | 2020-07-14",
        "تم ذلك في 5 أوت 2019                    | 5 أوت 2019          | 2019-08-05",
        "جرت الانتخابات في 9 شتنبر 2021          | 9 شتنبر 2021        | 2021-09-09",
        "وصل الوفد في 2 غشت 2023                 | 2 غشت 2023          | 2023-08-02",
        "افتتح المعرض في 4 إبريل 2018            | 4 إبريل 2018        | 2018-04-04",
        "سافر في 10 دجمبر 2017                   | 10 دجمبر 2017       | 2017-12-10",
        "عقدت الجلسة في 3 كانون الثاني 2024      | 3 كانون الثاني 2024 | 2024-01-03",
        "عقدت الجلسة في 3 كانون 2 2024           | 3 كانون 2 2024      | 2024-01-03",
        "وقع الانفجار في 4 آب 2020               | 4 آب 2020           | 2020-08-04",
        "في 17 تشرين الأول 2019 خرج الناس        | 17 تشرين الأول 2019 | 2019-10-17",
        // spelling variants through the fold
        "في 1 ابريل 2024 بدأ العمل               | 1 ابريل 2024        | 2024-04-01",
        "في 30 يونيه 2013 خرجوا                  | 30 يونيه 2013       | 2013-06-30",
        "في 23 يوليه 1952 تغير كل شيء            | 23 يوليه 1952       | 1952-07-23",
        "في 6 نوفنبر 2024 احتفل المغاربة          | 6 نوفنبر 2024       | 2024-11-06",
        "في ٧ نونبر ٢٠٢٤ وقع ذلك                 | ٧ نونبر ٢٠٢٤        | 2024-11-07",
        "في ۷ نونبر ۲۰۲۴ وقع ذلك                 | ۷ نونبر ۲۰۲۴        | 2024-11-07",
        // double naming
        "في 7 نونبر (نوفمبر) 2024                | 7 نونبر (نوفمبر) 2024 | 2024-11-07",
        "في 7 نوفمبر/تشرين الثاني 2024           | 7 نوفمبر/تشرين الثاني 2024 | 2024-11-07",
        // month year, شهر, year with a cue
        "ارتفعت الأسعار في مارس 2024             | مارس 2024           | 2024-03",
        "خلال شهر نونبر 2023                     | شهر نونبر 2023      | 2023-11",
        "تأسس النادي سنة 1923                    | سنة 1923            | 1923",
        "تأسس النادي عام 1923                    | عام 1923            | 1923",
        "ولد سنة 1960م في فاس                    | سنة 1960م           | 1960",
        "ولد في 1960م في فاس                     | 1960م               | 1960",
        // day words and ordinal days
        "انطلق الموسم فاتح دجنبر 2024            | فاتح دجنبر 2024     | 2024-12-01",
        "انطلق الموسم في الفاتح من يناير 2025    | الفاتح من يناير 2025 | 2025-01-01",
        "في غرة محرم 1446 هـ                     | غرة محرم 1446 هـ    | 2024-07-07",
        "يوم السابع من أكتوبر 2023               | السابع من أكتوبر 2023 | 2023-10-07",
        "في الحادي عشر من سبتمبر 2001            | الحادي عشر من سبتمبر 2001 | 2001-09-11",
        // numeric
        "بتاريخ 07/11/2024 صدر الحكم             | 07/11/2024          | 2024-11-07",
        "بتاريخ 7-11-2024 صدر الحكم              | 7-11-2024           | 2024-11-07",
        "بتاريخ 2024-11-07 صدر الحكم             | 2024-11-07          | 2024-11-07",
        "بتاريخ 7.11.2024 صدر الحكم              | 7.11.2024           | 2024-11-07",
        // Hijri
        "في 15 رمضان 1445 هـ                     | 15 رمضان 1445 هـ    | 2024-03-25",
        "في 15 رمضان 1445 هجرية                  | 15 رمضان 1445 هجرية | 2024-03-25",
        "في 1 شوال 1445                          | 1 شوال 1445         | 2024-04-10",
    })
    void findsDates(String text, String surface, String value) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m), "surface");
        assertEquals(value, m.value().orElse(null), "value");
        DocumentAssertions.roundTrip(m);
    }

    @Test
    void nearestYearWinsWithoutAModifier() {
        assertDate("في 28 دجنبر", "28 دجنبر", "2024-12-28");
        assertEquals("2023-12-28", one("في 28 دجنبر الماضي").value().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "من 4 إلى 7 نونبر 2024 تنظم الدورة         | من 4 إلى 7 نونبر 2024           | 2024-11-04/2024-11-07",
        "ما بين 4 و7 نونبر 2024                   | ما بين 4 و7 نونبر 2024          | 2024-11-04/2024-11-07",
        "بين 4 و 7 نونبر 2024                     | بين 4 و 7 نونبر 2024            | 2024-11-04/2024-11-07",
        "تنظم 4-7 نونبر 2024 في مراكش              | 4-7 نونبر 2024                  | 2024-11-04/2024-11-07",
        "من 28 نونبر إلى فاتح دجنبر 2024           | من 28 نونبر إلى فاتح دجنبر 2024 | 2024-11-28/2024-12-01",
        "من 28 دجنبر 2024 إلى 3 يناير 2025         | من 28 دجنبر 2024 إلى 3 يناير 2025 | 2024-12-28/2025-01-03",
        "من 28 دجنبر إلى 3 يناير 2025              | من 28 دجنبر إلى 3 يناير 2025    | 2024-12-28/2025-01-03",
        "من 28 إلى 3 يناير 2025                   | من 28 إلى 3 يناير 2025          | 2024-12-28/2025-01-03",
        "من مارس إلى ماي 2024                     | من مارس إلى ماي 2024            | 2024-03-01/2024-05-31",
        "الفترة من يوليو 2012 حتى فبراير الجاري     | من يوليو 2012 حتى فبراير الجاري  | 2012-07-01/2024-02-29",
    })
    void findsRanges(String text, String surface, String value) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m));
        assertEquals(value, m.value().orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "قال المتحدث اليوم إن                  | اليوم           | 2024-11-08",
        "وصل أمس إلى العاصمة                   | أمس             | 2024-11-07",
        "وقع أول أمس                           | أول أمس         | 2024-11-06",
        "وقع أمس الأول                         | أمس الأول       | 2024-11-06",
        "يصل غدا إلى                           | غدا             | 2024-11-09",
        "يصل بعد غد إلى                        | بعد غد          | 2024-11-10",
        "وقع الخميس الماضي                     | الخميس الماضي   | 2024-11-07",
        "يوم الجمعة الماضي                     | يوم الجمعة الماضي | 2024-11-01",
        "سيعقد الاثنين المقبل                  | الاثنين المقبل  | 2024-11-11",
        "في نونبر الماضي                       | نونبر الماضي    | 2023-11",
        "في أكتوبر الماضي                      | أكتوبر الماضي   | 2024-10",
        "في دجنبر المقبل                       | دجنبر المقبل    | 2024-12",
        "خلال نونبر الجاري                     | نونبر الجاري    | 2024-11",
        "يوم 28 نونبر الماضي                   | 28 نونبر الماضي | 2023-11-28",
        "يوم 5 نونبر الماضي                    | 5 نونبر الماضي  | 2024-11-05",
        "الأسبوع الماضي                        | الأسبوع الماضي  | 2024-10-28/2024-11-03",
        "العام الماضي                          | العام الماضي    | 2023",
        "السنة المقبلة                         | السنة المقبلة   | 2025",
        "الشهر الجاري                          | الشهر الجاري    | 2024-11",
        "وقع قبل 3 أيام                        | قبل 3 أيام      | 2024-11-05",
        "وقع منذ يومين                         | منذ يومين       | 2024-11-06",
        "غادر منذ أسبوعين                      | منذ أسبوعين     | 2024-10-21/2024-10-27",
        "في 28 دجنبر                           | 28 دجنبر        | 2024-12-28",
        "في 3 يناير                            | 3 يناير         | 2025-01-03",
        "في شهر مارس                           | شهر مارس        | 2025-03",
        "عالق منذ 25 ماي المنقضي                | 25 ماي المنقضي  | 2024-05-25",
        "تراجعت الأسعار الشهر الفارط            | الشهر الفارط    | 2024-10",
        "يوم 17 ديسمبر من العام الحالي          | 17 ديسمبر من العام الحالي | 2024-12-17",
        "بداية شهر فبراير من العام الماضي       | شهر فبراير من العام الماضي | 2023-02",
        "من 4 إلى 7 نونبر من العام المقبل        | من 4 إلى 7 نونبر من العام المقبل | 2025-11-04/2025-11-07",
        "من 28 أكتوبر الماضي إلى غاية فاتح دجنبر المقبل | من 28 أكتوبر الماضي إلى غاية فاتح دجنبر المقبل | 2024-10-28/2024-12-01",
    })
    void resolvesRelativeDates(String text, String surface, String value) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m));
        assertEquals(value, m.value().orElse(null));
        assertTrue(m.relative());
        assertEquals(Boolean.TRUE, m.attributes().get("relative"));
    }

    @Test
    void withoutReferenceRelativeDatesAreFoundButUnresolved() {
        List<DateMention> all = extract("وصل أمس، ويغادر في 28 نونبر الماضي", null);
        assertEquals(2, all.size());
        for (DateMention m : all) {
            assertFalse(m.isResolved());
            assertFalse(m.relative());
            assertFalse(m.attributes().containsKey("value"));
            assertFalse(m.attributes().containsKey("from"));
        }
    }

    @Test
    void builderReferenceDateIsTheFallback() {
        DateExtractor x = DateExtractor.builder().referenceDate(REF).build();
        assertEquals(LocalDate.of(2024, 11, 7), x.extract("أمس").get(0).start());
        Document withOwn = Document.builder("أمس").publishedOn(LocalDate.of(2020, 1, 2)).build();
        assertEquals(LocalDate.of(2020, 1, 1), x.process(withOwn).annotations(DateMention.class).get(0).start());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "مارس الضغط على الحكومة",
        "صفر فاصلة خمسة",
        "التقى ماي بالوزير",
        "كتب رجب مقالا",
        "ارتفع بنسبة 3.5 في المائة",
        "ارتفع بنسبة ١٢٪",
        "انتهت المباراة 3-1",
        "حضر 2000 شخص",
        "عاد في 2024 إلى",
        "اتصل على 0612-34-56-78",
        "اتصل على 06/12/34/56",
        "في 31 فبراير 2024 ",
        "في 31/02/2024 ",
        "يوم الخميس قال",
    })
    void findsNothing(String text) {
        assertNoDate(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "في مارس الماضي       | 2024-03",
        "قبل رمضان 1445       | 2024-03-11/2024-04-09",
        "في صفر 1446 هـ       | 2024-08-05/2024-09-03",
        "وصل في ماي 2024      | 2024-05",
        "في شهر رجب           | 2025-01-01/2025-01-30",
    })
    void ambiguousMonthsCountInDateContext(String text, String value) {
        assertEquals(value, one(text).value().orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "تم اليوم الجمعة 3 فيفري 2017 توقيع     | اليوم الجمعة 3 فيفري 2017       | 2017-02-03",
        "وصل أمس السبت                           | أمس السبت                       | 2024-11-07",
        "انطلقت في الـ11 من فبراير 1979           | الـ11 من فبراير 1979            | 1979-02-11",
        "انطلقت في 11 من فبراير 1979              | 11 من فبراير 1979               | 1979-02-11",
        "يعقد يومي 6 و7 فبراير 2013               | يومي 6 و7 فبراير 2013           | 2013-02-06/2013-02-07",
        "ولد في الخامس من أكتوبر تشرين الأول 1944 | الخامس من أكتوبر تشرين الأول 1944 | 1944-10-05",
        "اعتقل منذ عام 1995                      | عام 1995                        | 1995",
        "قتل في أكتوبر عام 2011                  | أكتوبر عام 2011                 | 2011-10",
        "بدأ في يناير من عام 2011                | يناير من عام 2011               | 2011-01",
        "صدر في السادس والعشرين من شهر يونيو 2015 | السادس والعشرين من شهر يونيو 2015 | 2015-06-26",
        "صدر في 10 من شهر مارس 2015              | 10 من شهر مارس 2015             | 2015-03-10",
        "يتواصل منذ يوم الخميس الماضي الإضراب    | يوم الخميس الماضي               | 2024-11-07",
    })
    void joinsNeighbouringParts(String text, String surface, String value) {
        assertDate(text, surface, value);
    }

    @Test
    void weekdayAfterRelativeDayIsCheckedToo() {
        assertTrue(one("وصل أمس السبت").weekdayMismatch());
        assertFalse(one("وصل أمس الخميس").weekdayMismatch());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقعت أعمال عنف في اليوم نفسه",
        "وأضاف لجريدة المصري اليوم أن",
        "في اليوم التالي عاد",
        "جاءت الزيارة بعد أيام من",
        "وقعت قبل يومين من وقف إطلاق النار",
        "أمرت نيابة أكتوبر بإخلاء سبيله",
        "شارك نوفمبر في الحوار",
    })
    void skipsLookAlikes(String text) {
        assertNoDate(text);
    }

    /** The rows of the class Javadoc table of {@link DateExtractor}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الخميس 7 نونبر 2024          | الخميس 7 نونبر 2024          | 2024-11-07            | false",
        "فاتح دجنبر                   | فاتح دجنبر                   | 2024-12-01            | true",
        "من 28 نونبر إلى فاتح دجنبر   | من 28 نونبر إلى فاتح دجنبر   | 2024-11-28/2024-12-01 | true",
        "في شهر مارس                  | شهر مارس                     | 2025-03               | true",
        "15 رمضان 1445 هـ             | 15 رمضان 1445 هـ             | 2024-03-25            | false",
        "رمضان 2024                   | رمضان 2024                   | 2024-03-11/2024-04-09 | false",
        "أمس على الساعة 16:45          | أمس على الساعة 16:45          | 2024-11-07            | true",
        "أمس                          | أمس                          | 2024-11-07            | true",
        "سنة 2025                     | سنة 2025                     | 2025                  | false",
    })
    void javadocTable(String text, String surface, String value, boolean relative) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m));
        assertEquals(value, m.value().orElse(null));
        assertEquals(relative, m.relative());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "مارس الضغط", "بدأ من صفر", "2000 شخص", "3-1", "3.5 في المائة", "31 فبراير 2024",
    })
    void javadocTableNothingRows(String text) {
        assertNoDate(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the issue's examples that have no other test: without a year, and the alone forms
        "توفي في 1445 هـ                 | 1445 هـ              | 2023-07-19/2024-07-06",
        "ما بين 4 و7 نونبر                | ما بين 4 و7 نونبر     | 2024-11-04/2024-11-07",
        "تنظم 4-7 نونبر                   | 4-7 نونبر            | 2024-11-04/2024-11-07",
        "انطلق الأول من نونبر             | الأول من نونبر        | 2024-11-01",
        "في الفترة مابين 12 و20 شتنبر      | مابين 12 و20 شتنبر    | 2024-09-12/2024-09-20",
        // lists of days: consecutive ones are a range
        "يومي 7 و8 نونبر                  | يومي 7 و8 نونبر       | 2024-11-07/2024-11-08",
        "تنظم 7 و8 نونبر                  | 7 و8 نونبر           | 2024-11-07/2024-11-08",
        "أيام 4، 5 و6 نونبر 2024           | 4، 5 و6 نونبر 2024    | 2024-11-04/2024-11-06",
        "بين يومي 30 سبتمبر و1 أكتوبر 2015  | يومي 30 سبتمبر و1 أكتوبر 2015 | 2015-09-30/2015-10-01",
        // clitics glued to a day word stay outside the span
        "انطلق الموسم وفاتح دجنبر 2024     | فاتح دجنبر 2024      | 2024-12-01",
        "يبدأ بالفاتح من دجنبر 2024        | الفاتح من دجنبر 2024  | 2024-12-01",
        "ويعود لغرة محرم 1446 هـ           | غرة محرم 1446 هـ     | 2024-07-07",
    })
    void issueExamplesAndLists(String text, String surface, String value) {
        assertDate(text, surface, value);
    }

    /** The rows of the {@link CalendarSystem} Javadoc table. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7 نونبر 2024      | GREGORIAN",
        "07/11/2024        | GREGORIAN",
        "سنة 2025          | GREGORIAN",
        "أمس               | GREGORIAN",
        "15 رمضان 1445 هـ  | HIJRI",
        "1445 هـ           | HIJRI",
        "15/09/1445 هـ     | HIJRI",
        "رمضان 2024        | HIJRI",
    })
    void calendarSystemTable(String text, CalendarSystem calendar) {
        assertEquals(calendar, one(text).calendar());
    }

    /** Rows of docs/dates.md that no other test covers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "صدر القانون لسنة 2015        | لسنة 2015      | 2015",
        "تنطلق المباراة غدا 16:30     | غدا 16:30      | 2024-11-09",
        "وقع قبل شهرين                | قبل شهرين      | 2024-09",
        "يعمل هنا منذ 3 سنوات         | منذ 3 سنوات    | 2021",
        "يعود بعد شهر                 | بعد شهر        | 2024-12",
        "يبدأ الصيام في رمضان          | رمضان          | 2025-03-01/2025-03-29",
    })
    void docsRows(String text, String surface, String value) {
        assertDate(text, surface, value);
    }

    @Test
    void nonConsecutiveDaysAreOneMentionEach() {
        String text = "يومي 7 و9 نونبر 2024";
        List<DateMention> all = extract(text, REF);
        assertEquals(List.of("7", "9 نونبر 2024"), all.stream().map(m -> surface(text, m)).toList());
        assertEquals(List.of("2024-11-07", "2024-11-09"), all.stream().map(m -> m.value().orElseThrow()).toList());
        String months = "يومي 20 نوفمبر و20 ديسمبر 2014";
        assertEquals(List.of("2014-11-20", "2014-12-20"),
                extract(months, REF).stream().map(m -> m.value().orElseThrow()).toList());
        assertEquals("20 نوفمبر", surface(months, extract(months, REF).get(0)));
        String past = "7 و9 نونبر الماضي";
        assertEquals(List.of("2023-11-07", "2023-11-09"),
                extract(past, REF).stream().map(m -> m.value().orElseThrow()).toList(), "both in the last November");
        assertTrue(extract(past, REF).get(0).relative());
        String runs = "أيام 7 و8 و9 و12 و13 و14 جوان 2024";
        List<DateMention> two = extract(runs, REF);
        assertEquals(List.of("7 و8 و9", "12 و13 و14 جوان 2024"), two.stream().map(m -> surface(runs, m)).toList());
        assertEquals(List.of("2024-06-07/2024-06-09", "2024-06-12/2024-06-14"),
                two.stream().map(m -> m.value().orElseThrow()).toList());
        assertFalse(two.get(0).relative());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "في 31 فبراير",
        "يوم 30 فبراير الماضي",
        "من 4 إلى 7",
        "ما بين 4 و7",
        "الساعة العاشرة صباحا",
        "16:45",
        "على الساعة 10:30",
        "يوم 31 أبريل",
    })
    void issueExamplesThatAreNotDates(String text) {
        assertNoDate(text);
    }

    @Test
    void readsAWholeArticle() throws Exception {
        String article;
        try (var in = getClass().getResourceAsStream("dates-article.txt")) {
            article = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> got = extract(article, REF).stream()
                .map(m -> surface(article, m) + " = " + m.value().orElse("?")).toList();
        assertEquals(List.of(
                "الخميس 7 نونبر 2024 = 2024-11-07",
                "من 4 إلى 7 نونبر = 2024-11-04/2024-11-07",
                "فاتح دجنبر المقبل = 2024-12-01",
                "28 نونبر الماضي = 2023-11-28",
                "جانفي 2023 = 2023-01",
                "شباط (فبراير) 2023 = 2023-02",
                "أمس = 2024-11-07",
                "سنة 1985 = 1985",
                "12 ربيع الأول 1446 هـ = 2024-09-15",
                "07/11/2024 = 2024-11-07",
                "الأسبوع المقبل = 2024-11-11/2024-11-17"), got);
    }

    @Test
    void concurrentUseGivesEqualResults() {
        List<String> texts = List.of("الخميس 7 نونبر 2024", "من 4 إلى 7 نونبر", "أمس", "15 رمضان 1445 هـ",
                "في نونبر الماضي", "07/11/2024", "سنة 1445 هـ");
        List<List<DateMention>> serial = texts.stream().map(t -> X.extract(t, REF)).toList();
        for (int round = 0; round < 20; round++) {
            List<List<DateMention>> parallel = texts.parallelStream().map(t -> X.extract(t, REF)).toList();
            assertEquals(serial, parallel);
        }
    }

    @Test
    void weekdayIsPartOfTheMention() {
        String text = "الخميس 7 نونبر 2024";
        DateMention m = one(text);
        assertEquals(text, surface(text, m));
        assertFalse(m.weekdayMismatch());
    }

    @Test
    void contradictingWeekdayIsFlagged() {
        String text = "الاثنين 7 نونبر 2024";
        DateMention m = one(text);
        assertEquals(text, surface(text, m));
        assertTrue(m.weekdayMismatch());
        assertEquals(Boolean.TRUE, m.attributes().get("weekdayMismatch"));
        assertEquals(LocalDate.of(2024, 11, 7), m.start());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وصل أمس على الساعة 16:45               | أمس على الساعة 16:45          | 16:45",
        "وقع الخميس الماضي الساعة العاشرة صباحا | الخميس الماضي الساعة العاشرة صباحا | 10:00",
        "يعقد غدا الساعة الثالثة زوالا          | غدا الساعة الثالثة زوالا      | 15:00",
        "تم اليوم الجمعة، على الساعة 9:30       | اليوم الجمعة، على الساعة 9:30  | 09:30",
        "يصل الاثنين المقبل الساعة 8 مساء       | الاثنين المقبل الساعة 8 مساء  | 20:00",
        "7 نونبر 2024 الساعة 12 ليلا            | 7 نونبر 2024 الساعة 12 ليلا   | 00:00",
        "7 نونبر 2024 الساعة الثالثة ليلا       | 7 نونبر 2024 الساعة الثالثة ليلا | 03:00",
        "7 نونبر 2024 الساعة العاشرة ليلا       | 7 نونبر 2024 الساعة العاشرة ليلا | 22:00",
        "7 نونبر 2024 الساعة الثانية عشرة ظهرا  | 7 نونبر 2024 الساعة الثانية عشرة ظهرا | 12:00",
        "7 نونبر 2024 الساعة 12 صباحا           | 7 نونبر 2024 الساعة 12 صباحا  | 00:00",
        "1 ديسمبر، 2023 - 16:45                | 1 ديسمبر، 2023 - 16:45        | 16:45",
        "7 نونبر 2024 على الساعة 10:30 صباحا   | 7 نونبر 2024 على الساعة 10:30 صباحا | 10:30",
        "7 نونبر 2024 الساعة العاشرة صباحا     | 7 نونبر 2024 الساعة العاشرة صباحا | 10:00",
        "7 نونبر 2024 الساعة الثامنة مساء      | 7 نونبر 2024 الساعة الثامنة مساء | 20:00",
    })
    void attachesTimes(String text, String surface, String time) {
        DateMention m = one(text);
        assertEquals(surface, surface(text, m));
        assertEquals(LocalTime.parse(time), m.time());
        assertEquals(time, m.attributes().get("time"));
    }

    @Test
    void spanExcludesPrepositions() {
        String text = "منذ 7 نونبر 2024 وخلال شهر دجنبر 2024";
        List<DateMention> all = extract(text, REF);
        assertEquals(List.of("7 نونبر 2024", "شهر دجنبر 2024"), all.stream().map(m -> surface(text, m)).toList());
    }

    @Test
    void spansPointIntoTheOriginalAfterEdits() {
        String raw = "في   7 نونـــبر 2024";
        Document d = io.github.akhbar.WhitespaceCleaner.create().process(Document.of(raw));
        Document out = X.process(d);
        DocumentAssertions.assertValid(out);
        DateMention m = out.annotations(DateMention.class).get(0);
        assertEquals("7 نونـــبر 2024", raw.substring(m.span().start(), m.span().end()));
    }

    @Test
    void monthSystemsCanBeRestricted() {
        DateExtractor moroccan = DateExtractor.builder().monthSystems(MonthSystem.MOROCCAN).build();
        assertEquals(2, moroccan.extract("7 نونبر 2024 و7 نوفمبر 2024").size(), "Moroccan inherits the standard names");
        assertTrue(moroccan.extract("3 جانفي 2022").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> DateExtractor.builder().monthSystems());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> DateExtractor.builder().monthSystems(MonthSystem.MOROCCAN, MonthSystem.MOROCCAN));
        assertTrue(twice.getMessage().contains("MOROCCAN"), twice.getMessage());
    }

    @Test
    void timeOnARangeOrAMonthIsNotAttached() {
        DateMention range = extract("من 4 إلى 7 نونبر 2024 الساعة 10:30", REF).get(0);
        assertNull(range.time());
        assertEquals("2024-11-04/2024-11-07", range.value().orElseThrow());
        assertNull(one("شهر نونبر 2024 الساعة 10:30").time());
        assertEquals(LocalTime.of(16, 45), extract("وصل أمس الساعة 16:45", null).get(0).time(),
                "an unresolved day keeps its time");
    }

    @Test
    void optionalAccessorsMirrorTheNullableComponents() {
        DateMention resolved = one("7 نونبر 2024 الساعة 10:30");
        assertEquals(java.util.Optional.of(LocalDate.of(2024, 11, 7)), resolved.startDate());
        assertEquals(java.util.Optional.of(LocalDate.of(2024, 11, 7)), resolved.endDate());
        assertEquals(java.util.Optional.of(LocalTime.of(10, 30)), resolved.timeOfDay());
        assertEquals(java.util.Optional.empty(), resolved.hijriFields());
        DateMention open = extract("أمس", null).get(0);
        assertEquals(java.util.Optional.empty(), open.startDate());
        assertEquals(java.util.Optional.empty(), open.endDate());
        assertEquals(java.util.Optional.empty(), open.value());
        assertFalse(open.isResolved());
    }

    @Test
    void mentionValidatesItsComponents() {
        io.github.akhbar.Span span = new io.github.akhbar.Span(0, 3);
        LocalDate d = LocalDate.of(2024, 11, 7);
        assertThrows(IllegalArgumentException.class, () -> new DateMention(span, null, d, DatePrecision.DAY, null,
                CalendarSystem.GREGORIAN, null, false, false));
        assertThrows(IllegalArgumentException.class, () -> new DateMention(span, d, d.minusDays(1), DatePrecision.DAY,
                null, CalendarSystem.GREGORIAN, null, false, false));
        assertThrows(NullPointerException.class, () -> new DateMention(null, d, d, DatePrecision.DAY, null,
                CalendarSystem.GREGORIAN, null, false, false));
    }

    @Test
    void extractorsWithTheSameSystemsShareOneIndex() {
        DateExtractor a = DateExtractor.builder().monthSystems(MonthSystem.LEVANTINE, MonthSystem.HIJRI).build();
        DateExtractor b = DateExtractor.builder().monthSystems(MonthSystem.HIJRI, MonthSystem.LEVANTINE).build();
        assertSame(MonthIndex.of(a.monthSystems()), MonthIndex.of(b.monthSystems()));
        assertEquals(a.extract("3 كانون الثاني 2024"), b.extract("3 كانون الثاني 2024"));
    }

    @Test
    void acceptsAnyCharSequence() {
        StringBuilder sb = new StringBuilder("وصل الوفد في 7 نونبر 2024");
        List<DateMention> all = X.extract(sb, REF);
        assertEquals(1, all.size());
        assertEquals("7 نونبر 2024", sb.substring(all.get(0).span().start(), all.get(0).span().end()));
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> X.process((Document) null));
        assertThrows(NullPointerException.class, () -> X.extract(null));
        assertThrows(NullPointerException.class, () -> DateExtractor.builder().hijriCalculation(null));
    }

    @Test
    void configurationDefinesEqualityAndSurvivesSerialization() {
        DateExtractor a = DateExtractor.builder().referenceDate(REF).build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        DateExtractor copy = DocumentAssertions.roundTrip(a);
        assertEquals(a, copy);
        assertEquals(a.extract("أمس و7 نونبر"), copy.extract("أمس و7 نونبر"));
    }

    @Test
    void unresolvedRecordHasNoValue() {
        DateMention m = extract("في 7 نونبر", null).get(0);
        assertNull(m.start());
        assertEquals(DatePrecision.DAY, m.precision());
    }
}
