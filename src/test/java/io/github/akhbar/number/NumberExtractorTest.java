package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberExtractorTest {

    /** A stand-in for the date step's mention type. */
    record FakeDate(Span span) implements Annotation {
        @Override
        public String type() {
            return "date";
        }
    }

    private static List<NumberMention> numbers(String text) {
        Document doc = NumberExtractor.create().process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<NumberMention> ms = doc.annotations(NumberMention.class);
        assertEquals(ms, NumberExtractor.create().extract(text), "extract() and process() agree on " + text);
        return ms;
    }

    /** Asserts exactly one number, with this surface and value. */
    private static NumberMention assertNumber(String text, String surface, String value) {
        List<NumberMention> ms = numbers(text);
        assertEquals(1, ms.size(), () -> text + " → " + ms);
        NumberMention m = ms.get(0);
        assertEquals(surface, m.span().of(text), text);
        assertEquals(0, new BigDecimal(value).compareTo(m.value()), () -> text + " → " + m.value());
        return m;
    }

    private static void assertNone(String text) {
        List<NumberMention> ms = numbers(text);
        assertEquals(List.of(), ms, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "بلغ 1,234,567 نسمة|1,234,567|1234567",
        "نحو 3.500 درهم|3.500|3500",
        "حوالي 2,5 مليون|2,5 مليون|2500000",
        "1.500 مليار دولار|1.500 مليار|1500000000",
        "٫ وصل إلى ١٢٫٥ طن|١٢٫٥|12.5",
        "سعر ١٬٢٣٤ دينار|١٬٢٣٤|1234",
        "عدد ۱۲۳ شخصا|۱۲۳|123",
        "رقم ١2٣|١2٣|123",
        "قيمة 1.234,5 يورو|1.234,5|1234.5",
        "قيمة 1,234.5 دولار|1,234.5|1234.5",
        "0,500 كلغ|0,500|0.5",
        "وزن 3,14 كلغ|3,14|3.14",
        "انخفض بمقدار -5 نقاط|-5|-5",
        "الحرارة −3 درجات|−3|-3",
        "تراجع المؤشر (-5) نقاط|-5|-5",
        "-7 درجات|-7|-7",
        "بلغ 1\u00A0250\u00A0000 درهم|1\u00A0250\u00A0000|1250000",
        "بلغ 1\u2009250\u2009000 درهم|1\u2009250\u2009000|1250000",
        "بلغ 1\u202F250 درهم|1\u202F250|1250",
        "وزن ١٢٫٥٠٠ طن|١٢٫٥٠٠|12.5",
        "وزن ١٫٥٠٠ طن|١٫٥٠٠|1.5",
        "سعر ١٬٢٣٤٫٥ دينار|١٬٢٣٤٫٥|1234.5",
        "١٬٢٣٤ مليون|١٬٢٣٤ مليون|1234000000",
        "١٬٢٣٤٬٥٦٧ نسمة|١٬٢٣٤٬٥٦٧|1234567",
        "3 ملايير درهم|3 ملايير|3000000000",
        "١٢ ألف مشارك|١٢ ألف|12000",
        "12 ألفا من الزوار|12 ألفا|12000",
        "حوالي 6ر23 مليون ناخب|6ر23 مليون|23600000",
        "بنسبة 5ر2 في المائة|5ر2 في المائة|2.5",
    })
    void digits(String text, String surface, String value) {
        NumberMention m = assertNumber(text, surface, value);
        assertTrue(m.kind() != NumberMention.Kind.WORDS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "حضر ستة وتسعون شخصا|ستة وتسعون|96",
        "حضر ستة و تسعون شخصا|ستة و تسعون|96",
        "قتل أحد عشر جنديا|أحد عشر|11",
        "إحدى عشرة سنة|إحدى عشرة|11",
        "اثنا عشر لاعبا|اثنا عشر|12",
        "اثني عشر لاعبا|اثني عشر|12",
        "ثلاث عشرة دولة|ثلاث عشرة|13",
        "عشرين دولة|عشرين|20",
        "اثنان|اثنان|2",
        "اثنتين من النساء|اثنتين|2",
        "واحدة فقط|واحدة|1",
        "مائة شخص|مائة|100",
        "مئة شخص|مئة|100",
        "مائتي شخص|مائتي|200",
        "ثلاثمائة جندي|ثلاثمائة|300",
        "ثلاث مائة جندي|ثلاث مائة|300",
        "ثلاثمئة وخمسون|ثلاثمئة وخمسون|350",
        "ألف دولار|ألف|1000",
        "ألفين دولار|ألفين|2000",
        "ثلاثة آلاف منصب|ثلاثة آلاف|3000",
        "مليونين وثلاثمائة ألف نسمة|مليونين وثلاثمائة ألف|2300000",
        "ثلاثة ملايين و200 ألف نسمة|ثلاثة ملايين و200 ألف|3200000",
        "مليار وخمسمائة مليون|مليار وخمسمائة مليون|1500000000",
        "خمسة عشر ألفا|خمسة عشر ألفا|15000",
        "مائة وعشرين ألف|مائة وعشرين ألف|120000",
        "تريليون دولار|تريليون|1000000000000",
        "ثمانى سنوات|ثمانى|8",
        "بخمسة أهداف|خمسة|5",
        "ستمائة وأحد عشر|ستمائة وأحد عشر|611",
        "وأحد عشر لاعبا|أحد عشر|11",
        "ستمائة و واحد و عشرين|ستمائة و واحد و عشرين|621",
        "واحد|واحد|1",
        "ثلاثة مائة|ثلاثة مائة|300",
        "إثنان مليون|إثنان مليون|2000000",
        "إحدى عشر ألف|إحدى عشر ألف|11000",
        "ألفي دولار|ألفي|2000",
        "خمسة مليارات|خمسة مليارات|5000000000",
        "بليون دولار|بليون|1000000000",
        "اثنين من الجنود|اثنين|2",
        "اثنتان فقط|اثنتان|2",
        "ثلاث سنوات|ثلاث|3",
        "ثلاثة أيام|ثلاثة|3",
        "عشرون عاما|عشرون|20",
        "مائتان من العمال|مائتان|200",
        "مليون نسمة|مليون|1000000",
    })
    void words(String text, String surface, String value) {
        assertNumber(text, surface, value);
    }

    @Test
    void kindTellsHowTheNumberWasWritten() {
        assertEquals(NumberMention.Kind.DIGITS, assertNumber("12", "12", "12").kind());
        assertEquals(NumberMention.Kind.WORDS, assertNumber("ستة وتسعون", "ستة وتسعون", "96").kind());
        assertEquals(NumberMention.Kind.MIXED, assertNumber("2.5 مليون", "2.5 مليون", "2500000").kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ارتفع 15 في المائة|15 في المائة|15",
        "ارتفع 15 بالمائة|15 بالمائة|15",
        "ارتفع 15%|15%|15",
        "ارتفع ١٥٪|١٥٪|15",
        "ارتفع خمسة في المئة|خمسة في المئة|5",
        "ارتفع 2,5 في المائة|2,5 في المائة|2.5",
        "ارتفع %15|%15|15",
        "ارتفع ٪15|٪15|15",
        "بنسبة نصف في المائة|نصف في المائة|0.5",
        "نما صفر في المائة|صفر في المائة|0",
        "زاد ربع بالمئة|ربع بالمئة|0.25",
        "زاد ثلاثة أرباع في المئة|ثلاثة أرباع في المئة|0.75",
    })
    void percentages(String text, String surface, String value) {
        assertTrue(assertNumber(text, surface, value).percent());
    }

    @Test
    void plainNumbersAreNoPercentage() {
        assertEquals(false, assertNumber("15 دولارا", "15", "15").percent());
    }

    @Test
    void rangesGiveTwoMentions() {
        List<NumberMention> ms = numbers("بين 10-15 سنة");
        assertEquals(2, ms.size());
        assertEquals(0, BigDecimal.TEN.compareTo(ms.get(0).value()));
        assertEquals(0, BigDecimal.valueOf(15).compareTo(ms.get(1).value()));
    }

    @Test
    void unitsAfterUnitsAreSeparateNumbers() {
        assertEquals(2, numbers("ثلاثة وأربعة").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"عشرات القتلى", "مئات المحتجين", "آلاف المتظاهرين", "ملايين الدولارات",
        "الأولمبياد", "بعد ثانية", "إحدى الدول", "أحد المسؤولين", "يوم الاثنين", "12.05.2024",
        "الدورة الـ92", "الأربعاء والخميس", "وأحد القياديين", "الأشخاص الأحد عشر", "في شهر صفر", "صفر اليدين",
        "١٬٥", "1.234.56"})
    void notNumbers(String text) {
        assertNone(text);
    }

    @Test
    void aSecondOfTimeIsNoNumberButWhatCountsItIs() {
        assertNumber("بعد ثانية واحدة من", "واحدة", "1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"الساعة 16:45", "على الساعة ١٦:٤٥", "في تمام 9:05 صباحا", "عند 23:59:30", "00:00"})
    void clockTimesAreNoNumbers(String text) {
        assertNone(text);
        assertEquals(List.of(), OrdinalExtractor.create().extract(text));
    }

    @Test
    void colonsThatAreNoClockLeaveNumbers() {
        assertEquals(List.of("3", "1"), surfaces("انتهت المباراة 3:1"));
        assertEquals(List.of("25", "30"), surfaces("25:30"));
        assertEquals(List.of("16", "457"), surfaces("16:457"));
    }

    private static List<String> surfaces(String text) {
        return numbers(text).stream().map(m -> m.span().of(text)).toList();
    }

    @Test
    void aPlainSpaceDoesNotGroup() {
        assertEquals(List.of("1", "250"), surfaces("1 250"));
    }

    @Test
    void digitsAfterADefinitePluralCountingNounAreANumber() {
        assertNumber("خلال الأيام الـ30", "30", "30");
        assertNumber("في السنوات الـ5 الأخيرة", "5", "5");
    }

    @Test
    void digitsAfterAGroupHeadAreANumber() {
        assertNumber("مجموعة الـ77", "77", "77");
        assertNumber("قمة مجموعة الـ20", "20", "20");
    }

    @Test
    void egyptianDecimalPercentage() {
        assertTrue(assertNumber("بنسبة 5ر2 في المائة", "5ر2 في المائة", "2.5").percent());
    }

    @Test
    void zeroAfterTheArticleIsANumberNotAnOrdinal() {
        assertNumber("الـ0", "0", "0");
        assertNumber("ال00", "00", "0");
        assertEquals(List.of(), OrdinalExtractor.create().extract("الـ0 والـ00"));
    }

    @Test
    void definiteCardinalBeforeCountedNounIsANumber() {
        assertNumber("خلال الـ24 ساعة الماضية", "24", "24");
    }

    @Test
    void definiteDigitsBeforeAScaleWordAreANumber() {
        assertNumber("تخطى الـ450 ألف مشاهد", "450 ألف", "450000");
    }

    @Test
    void wordsInsideOrdinalsAreNoNumbers() {
        assertNone("لويس السادس عشر");
        assertNone("الحادي والعشرين");
    }

    @Test
    void spansSurviveTatweelDiacriticsAndPresentationForms() {
        assertNumber("خمـــسة", "خمـــسة", "5");
        assertNumber("سِتَّةٌ وَتِسْعُونَ", "سِتَّةٌ وَتِسْعُونَ", "96");
        assertNumber("\uFEA7\uFEE4\uFEB4\uFE93", "\uFEA7\uFEE4\uFEB4\uFE93", "5");
    }

    @Test
    void yieldsToConfiguredAnnotations() {
        String text = "7 نونبر 2024 و 15 شخصا";
        Document withDate = Document.of(text).withAnnotations(List.of(new FakeDate(new Span(0, 12))));
        NumberExtractor yielding = NumberExtractor.builder().yieldTo(FakeDate.class).build();
        Document out = yielding.process(withDate);
        DocumentAssertions.assertValid(out);
        List<NumberMention> ms = out.annotations(NumberMention.class);
        assertEquals(1, ms.size());
        assertEquals("15", ms.get(0).span().of(text));
        assertEquals(3, NumberExtractor.create().process(withDate).annotations(NumberMention.class).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "نحو مليون ونصف زائر|مليون ونصف|1500000",
        "ثلاثة ملايين ونصف|ثلاثة ملايين ونصف|3500000",
        "نصف مليون دولار|نصف مليون|500000",
        "ربع مليار درهم|ربع مليار|250000000",
        "ثلاثة ونصف|ثلاثة ونصف|3.5",
        "خمسة وربع|خمسة وربع|5.25",
        "ثلاثة أرباع مليون|ثلاثة أرباع مليون|750000",
        "ثلاثة أخماس مليار|ثلاثة أخماس مليار|600000000",
        "سبعة أعشار مليون|سبعة أعشار مليون|700000",
        "ثلاثة وثلاثة أرباع|ثلاثة وثلاثة أرباع|3.75",
        "مليونين ونصف|مليونين ونصف|2500000",
        "نصف مليون و200 ألف|نصف مليون و200 ألف|700000",
    })
    void fractionsThatQuantify(String text, String surface, String value) {
        assertNumber(text, surface, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"نصف الساعة", "ربع النهائي", "في النصف الثاني", "ثلث الأعضاء", "ثلاثة أرباع الأعضاء",
        "ثلثي المقاعد"})
    void fractionsAloneAreNoNumbers(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ثلث مليون", "ثلثي مليار دولار", "ثلثا مليون", "مليون وثلث", "ثلاثة ملايين وثلث",
        "ثلث في المائة", "ثلثا المليون"})
    void inexactFractionsGiveNoNumberAtAll(String text) {
        assertNone(text);
        assertEquals(List.of(), OrdinalExtractor.create().extract(text), text);
    }

    @Test
    void docsIntroductionExample() {
        String text = "شارك 96 بلدا في الدورة الـ92، وارتفع العدد 15 في المائة";
        List<NumberMention> ms = numbers(text);
        assertEquals(List.of(new Span(5, 7), new Span(43, 55)), ms.stream().map(NumberMention::span).toList());
        assertEquals(List.of(new Span(23, 28)),
                OrdinalExtractor.create().extract(text).stream().map(OrdinalMention::span).toList());
    }

    @Test
    void documentedLimits() {
        assertNumber("بليون دولار", "بليون", "1000000000");
        assertNumber("2.500 دينار", "2.500", "2500");
        assertNone("خلال عامين");
        assertNone("الثلاثة");
        assertNumber("ثلاث ساعات ونصف", "ثلاث", "3");
        assertNumber("خمس السكان", "خمس", "5");
        assertNone("نصف المليون");
        assertNone("الخمسين ألفا");
        assertNone("الخمسين مليون");
        assertNone("انتهت المباراة 10:12");
        assertEquals(List.of(), OrdinalExtractor.create().extract("مرة ثانية"));
        assertEquals(List.of(22L), OrdinalExtractor.create().extract("الرسائل الاثنين والعشرين").stream()
                .map(OrdinalMention::value).toList());
        assertEquals(List.of(100L), OrdinalExtractor.create().extract("الكتب المائة").stream()
                .map(OrdinalMention::value).toList());
        assertEquals(List.of(40L), OrdinalExtractor.create().extract("السجناء الـ40").stream()
                .map(OrdinalMention::value).toList());
        assertEquals(1, OrdinalExtractor.create().extract("الـ3 عمال").size());
    }

    @Test
    void returnsSameDocumentWhenNothingFound() {
        Document doc = Document.of("لا أرقام هنا");
        assertSame(doc, NumberExtractor.create().process(doc));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ستة وتسعون|96|WORDS|false",
        "2,5 مليون|2500000|MIXED|false",
        "١٥٪|15|DIGITS|true",
    })
    void mentionTableRows(String text, String value, NumberMention.Kind kind, boolean percent) {
        NumberMention m = assertNumber(text, text, value);
        assertEquals(kind, m.kind(), text);
        assertEquals(percent, m.percent(), text);
    }

    @Test
    void mentionValuesAreNormalized() {
        Span span = new Span(0, 1);
        NumberMention big = new NumberMention(span, new BigDecimal("2.5E+6"), NumberMention.Kind.MIXED, false);
        assertEquals("2500000", big.value().toString());
        assertEquals(0, big.value().scale());
        assertEquals(new NumberMention(span, new BigDecimal("2.5"), NumberMention.Kind.DIGITS, false),
                new NumberMention(span, new BigDecimal("2.50"), NumberMention.Kind.DIGITS, false));
        assertEquals("0", new NumberMention(span, new BigDecimal("0.000"), NumberMention.Kind.DIGITS, false)
                .value().toString());
        assertEquals("12.5", assertNumber("١٢٫٥٠٠", "١٢٫٥٠٠", "12.5").value().toString());
        assertEquals("2500000", assertNumber("2,5 مليون", "2,5 مليون", "2500000").value().toString());
    }

    @Test
    void nullComponentsAreRejected() {
        Span span = new Span(0, 1);
        assertThrows(NullPointerException.class, () -> new NumberMention(null, BigDecimal.ONE, NumberMention.Kind.DIGITS, false));
        assertThrows(NullPointerException.class, () -> new NumberMention(span, null, NumberMention.Kind.DIGITS, false));
        assertThrows(NullPointerException.class, () -> new NumberMention(span, BigDecimal.ONE, null, false));
    }

    @Test
    void defaultExtractorStaysASingletonAcrossSerialization() {
        assertSame(NumberExtractor.create(), DocumentAssertions.roundTrip(NumberExtractor.create()));
    }

    @Test
    void attributesAreJsonFriendly() {
        NumberMention m = assertNumber("15%", "15%", "15");
        assertEquals(Map.of("value", new BigDecimal("15"), "kind", "digits", "percent", true), m.attributes());
        assertEquals("number", m.type());
    }

    @Test
    void configurationErrors() {
        assertThrows(NullPointerException.class, () -> NumberExtractor.create().process((Document) null));
        assertThrows(NullPointerException.class, () -> NumberExtractor.create().extract(null));
        assertThrows(IllegalArgumentException.class,
                () -> NumberExtractor.builder().yieldTo(FakeDate.class, FakeDate.class));
        assertThrows(NullPointerException.class, () -> NumberExtractor.builder().yieldTo(FakeDate.class, null));
    }

    @Test
    void equalityReflectsConfiguration() {
        NumberExtractor a = NumberExtractor.builder().yieldTo(FakeDate.class).build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, NumberExtractor.create());
        assertEquals(NumberExtractor.create(), NumberExtractor.builder().build());
        assertEquals(a, DocumentAssertions.roundTrip(a));
    }

    @Test
    void acceptsAnyCharSequence() {
        assertEquals(1, NumberExtractor.create().extract(new StringBuilder("خمسة")).size());
    }
}
