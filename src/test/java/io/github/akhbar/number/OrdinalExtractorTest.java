package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.number.OrdinalMention.Gender;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrdinalExtractorTest {

    record FakeDate(Span span) implements Annotation {
        @Override
        public String type() {
            return "date";
        }
    }

    private static List<OrdinalMention> ordinals(String text) {
        Document doc = OrdinalExtractor.create().process(Document.of(text));
        DocumentAssertions.assertValid(doc);
        List<OrdinalMention> ms = doc.annotations(OrdinalMention.class);
        assertEquals(ms, OrdinalExtractor.create().extract(text), "extract() and process() agree on " + text);
        return ms;
    }

    private static OrdinalMention assertOrdinal(String text, String surface, long value) {
        List<OrdinalMention> ms = ordinals(text);
        assertEquals(1, ms.size(), () -> text + " → " + ms);
        OrdinalMention m = ms.get(0);
        assertEquals(surface, m.span().of(text), text);
        assertEquals(value, m.value(), text);
        return m;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الدورة الـ92 للمهرجان|الـ92|92",
        "الدورة الـ 93 من الجائزة|الـ 93|93",
        "الدورة ال92|ال92|92",
        "الدورة الــــ٩٢|الــــ٩٢|92",
        "الدورة الـ۹۲|الـ۹۲|92",
        "في الذكرى الـ50 لتأسيسها|الـ50|50",
        "احتفل بالـ100|الـ100|100",
        "الدورة الـ12 هذا العام|الـ12|12",
        "الدورة الـ7|الـ7|7",
    })
    void digitOrdinals(String text, String surface, long value) {
        OrdinalMention m = assertOrdinal(text, surface, value);
        assertEquals(Gender.UNSPECIFIED, m.gender());
        assertEquals(true, m.definite());
    }

    @ParameterizedTest
    @ValueSource(strings = {"الدورة 92", "خلال الـ24 ساعة الماضية", "الـ 50 عاما الأخيرة", "الـ15% المتبقية", "الـ450 ألف مشاهد"})
    void digitsThatAreNoOrdinals(String text) {
        assertEquals(List.of(), ordinals(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الفصل الأول|الأول|1|MASCULINE|true",
        "المرة الأولى|الأولى|1|FEMININE|true",
        "أول مرة|أول|1|MASCULINE|false",
        "لأول مرة|أول|1|MASCULINE|false",
        "الشوط الثاني|الثاني|2|MASCULINE|true",
        "المرحلة الثانية|الثانية|2|FEMININE|true",
        "الشوط الثانى|الثانى|2|MASCULINE|true",
        "ثاني أكبر مدينة|ثاني|2|MASCULINE|false",
        "الحادي عشر من الشهر|الحادي عشر|11|MASCULINE|true",
        "الساعة الحادية عشرة|الحادية عشرة|11|FEMININE|true",
        "القرن الثاني عشر|الثاني عشر|12|MASCULINE|true",
        "الدورة العشرون|العشرون|20|UNSPECIFIED|true",
        "الدورة العشرين|العشرين|20|UNSPECIFIED|true",
        "القرن الحادي والعشرون|الحادي والعشرون|21|MASCULINE|true",
        "القرن الحادي و العشرين|الحادي و العشرين|21|MASCULINE|true",
        "الدورة الثانية والتسعين|الثانية والتسعين|92|FEMININE|true",
        "الدورة الثالثة والتسعون|الثالثة والتسعون|93|FEMININE|true",
        "الذكرى المائة|المائة|100|UNSPECIFIED|true",
        "الذكرى المئة|المئة|100|UNSPECIFIED|true",
        "الدورة المائة والعشرين|المائة والعشرين|120|UNSPECIFIED|true",
        "الدورة المئة والثانية والعشرين|المئة والثانية والعشرين|122|FEMININE|true",
        "الليلة الألف|الألف|1000|UNSPECIFIED|true",
        "الملك محمد السادس|السادس|6|MASCULINE|true",
        "لويس السادس عشر|السادس عشر|16|MASCULINE|true",
        "للمرة الثالثة|الثالثة|3|FEMININE|true",
        "والعاشر|العاشر|10|MASCULINE|true",
        "المرتبة التاسعة عشرة|التاسعة عشرة|19|FEMININE|true",
        "المركز الخامسَ عشرَ|الخامسَ عشرَ|15|MASCULINE|true",
        "القرن الواحد والعشرين|الواحد والعشرين|21|MASCULINE|true",
        "الدورة الثلاثة والعشرين|الثلاثة والعشرين|23|MASCULINE|true",
        "الدورة الواحدة والعشرين|الواحدة والعشرين|21|FEMININE|true",
        "الدورة المائة والواحد والعشرين|المائة والواحد والعشرين|121|MASCULINE|true",
        "الزائر المليون|المليون|1000000|UNSPECIFIED|true",
        "المشترك المليار|المليار|1000000000|UNSPECIFIED|true",
        "العام الألفين|الألفين|2000|UNSPECIFIED|true",
        "وصل للعاشر|لعاشر|10|MASCULINE|true",
        "ستنعقد دورته العشرون|العشرون|20|UNSPECIFIED|true",
        "احتفلت بذكراها المائة|المائة|100|UNSPECIFIED|true",
        "بالدورة الخمسين|الخمسين|50|UNSPECIFIED|true",
        "في السنة الثلاثين|الثلاثين|30|UNSPECIFIED|true",
        "أحداث القرن العشرين|العشرين|20|UNSPECIFIED|true",
        "يوم حادي عشر|حادي عشر|11|MASCULINE|false",
        "مرة ثالثة وعشرين|ثالثة وعشرين|23|FEMININE|false",
    })
    void wordOrdinals(String text, String surface, long value, Gender gender, boolean definite) {
        OrdinalMention m = assertOrdinal(text, surface, value);
        assertEquals(gender, m.gender(), text);
        assertEquals(definite, m.definite(), text);
    }

    @Test
    void coordinatedTensGiveOneMentionEach() {
        String text = "الفقرتين التاسعة والثلاثين والأربعين";
        assertEquals(List.of(39L, 40L), ordinals(text).stream().map(OrdinalMention::value).toList());
    }

    @Test
    void coordinatedOrdinalsGiveOneMentionEach() {
        String text = "الأول والثاني والثالث";
        List<OrdinalMention> ms = ordinals(text);
        assertEquals(List.of(1L, 2L, 3L), ms.stream().map(OrdinalMention::value).toList());
        assertEquals(List.of("الأول", "الثاني", "الثالث"), ms.stream().map(m -> m.span().of(text)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"الأولمبياد", "الأولية", "الأولوية", "أوائل", "الثانوية", "الثنائية", "الثلاثي",
        "ثمانينيات", "الأحد", "الاثنين", "الأربعاء", "الخميس", "تشرين الثاني", "كانون الأول", "ربيع الأول",
        "جمادى الأولى", "جمادى الآخرة", "ثاني أكسيد الكربون", "مجموعة العشرين", "بعد ثانية", "عشرين",
        "ثلاثة", "النموذج الأولي", "على مدار الستين عاما الماضية",
        "وتشرين الثاني", "لكانون الأول", "بربيع الأول", "فجمادى الأولى", "لمجموعة العشرين", "بمجموعة العشرين",
        "مجموعة الـ20", "مجموعة الـ77", "قمة العشرين", "ثاني أوكسيد الكربون", "أول أكسيد الكربون",
        "بنسبة نصف في المائة", "صفر في المائة", "ربع بالمئة", "ارتفع بشكل كبير في المئة", "بالمائة",
        "خطة المئة يوم", "الألف دولار", "الثلاثمائة شخص", "رحلة الألف ميل", "المائة والعشرين عاما",
        "الثلاثة والعشرين عاما", "الألفي", "الألفية", "في الألف", "ثلثا المليون", "نصف المائة", "الـ0", "ال00",
        "الساعة 16:45", "الملايين", "مسيرة المليون", "ربح المليون", "بلغ المليون", "في العشرين من عمره",
        "سن الثلاثين", "ميدان الأربعين", "نحو المائتي كتاب", "فاز الفريق بالعشرين", "الدورة بالمائة",
        "الليلة للألف", "الذي العشرين", "إلى الخمسين", "الى الخمسين", "خلال السنوات الثلاثين الأخيرة",
        "في الأعوام الخمسين الماضية", "خلال الأيام الـ30", "في السنوات الـ5 الأخيرة", "للسنوات الـ10",
        "الأشخاص الثلاثة والعشرين", "قانون الستين"})
    void notOrdinals(String text) {
        assertEquals(List.of(), ordinals(text), text);
    }

    @Test
    void presentationFormsAreOrdinalsToo() {
        // ﺍﻟﺜﺎﻧﻴﺔ (the second, f.) and ﺍﻷﻭﻝ (the first, with the lam-alef ligature) in presentation forms
        String second = "\uFE8D\uFEDF\uFE9C\uFE8E\uFEE7\uFEF4\uFE94";
        OrdinalMention m = assertOrdinal("المرحلة " + second, second, 2);
        assertEquals(Gender.FEMININE, m.gender());
        String first = "\uFE8D\uFEF7\uFEED\uFEDD";
        assertOrdinal("الفصل " + first, first, 1);
        assertOrdinal("الدورة \uFE8D\uFEDF\u0640" + "92", "\uFE8D\uFEDF\u0640" + "92", 92);
    }

    @Test
    void defaultExtractorStaysASingletonAcrossSerialization() {
        assertSame(OrdinalExtractor.create(), DocumentAssertions.roundTrip(OrdinalExtractor.create()));
    }

    @Test
    void yieldsToConfiguredAnnotations() {
        String text = "كانون الأول والفصل الثاني";
        Document withDate = Document.of(text).withAnnotations(List.of(new FakeDate(new Span(0, 11))));
        Document out = OrdinalExtractor.builder().yieldTo(FakeDate.class).build().process(withDate);
        DocumentAssertions.assertValid(out);
        assertEquals(List.of(2L), out.annotations(OrdinalMention.class).stream().map(OrdinalMention::value).toList());
    }

    @Test
    void returnsSameDocumentWhenNothingFound() {
        Document doc = Document.of("لا ترتيب هنا");
        assertSame(doc, OrdinalExtractor.create().process(doc));
    }

    @Test
    void attributesAreJsonFriendly() {
        OrdinalMention m = assertOrdinal("الثانية", "الثانية", 2);
        assertEquals(Map.of("value", 2L, "gender", "feminine", "definite", true), m.attributes());
        assertEquals("ordinal", m.type());
    }

    @Test
    void errors() {
        assertThrows(NullPointerException.class, () -> OrdinalExtractor.create().process((Document) null));
        assertThrows(NullPointerException.class, () -> OrdinalExtractor.create().extract(null));
        assertThrows(IllegalArgumentException.class,
                () -> new OrdinalMention(new Span(0, 1), 0, Gender.MASCULINE, true));
        assertThrows(IllegalArgumentException.class,
                () -> OrdinalExtractor.builder().yieldTo(FakeDate.class, FakeDate.class));
    }

    @Test
    void equalityReflectsConfiguration() {
        OrdinalExtractor a = OrdinalExtractor.builder().yieldTo(FakeDate.class).build();
        assertEquals(a, a.toBuilder().build());
        assertNotEquals(a, OrdinalExtractor.create());
        assertEquals(a, DocumentAssertions.roundTrip(a));
    }
}
